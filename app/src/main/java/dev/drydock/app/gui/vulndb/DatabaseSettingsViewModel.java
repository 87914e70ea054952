package dev.drydock.app.gui.vulndb;

import dev.drydock.core.settings.DrydockSettings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The vulnerability database's settings as the user edits them: after how many days the database counts as
 * old, and the address updates download from. "Save" checks both (days a whole number ≥ 1; an http or https
 * address) and, when they are right, applies and remembers them; otherwise it says what is wrong and keeps
 * the settings in use.
 */
public final class DatabaseSettingsViewModel {

    private final StringProperty maxAgeDays = new SimpleStringProperty(this, "maxAgeDays", "");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyObjectWrapper<DatabaseSettings> applied;
    private final List<Consumer<DatabaseSettings>> listeners = new ArrayList<>();

    public DatabaseSettingsViewModel(DatabaseSettings initial) {
        this.applied = new ReadOnlyObjectWrapper<>(this, "applied", Objects.requireNonNull(initial));
        revert();
    }

    /** Checks the fields; when right, applies and remembers them and returns true; otherwise says what is wrong. */
    public boolean save() {
        saved.set("");
        String days = Objects.requireNonNullElse(maxAgeDays.get(), "").strip();
        String address = Objects.requireNonNullElse(baseUrl.get(), "").strip();
        List<String> wrong = new ArrayList<>();
        int parsedDays = 0;
        try {
            parsedDays = Integer.parseInt(days);
        } catch (NumberFormatException notANumber) {
            parsedDays = 0;
        }
        if (parsedDays < 1) {
            wrong.add("Warn after: give a whole number of days, 1 or more (not '" + days + "').");
        }
        if (!DrydockSettings.isWebAddress(address)) {
            wrong.add("Download address: give an http or https address such as https://osv-mirror.example.org/ "
                    + "(not '" + address + "').");
        }
        if (!wrong.isEmpty()) {
            problem.set(String.join("\n", wrong) + "\nThe settings in use are unchanged.");
            return false;
        }
        problem.set("");
        DatabaseSettings next = new DatabaseSettings(parsedDays, URI.create(address.endsWith("/") ? address : address + "/"));
        applied.set(next);
        revert();
        saved.set("Saved: warn after " + next.maxAgeDays() + (next.maxAgeDays() == 1 ? " day" : " days")
                + ", download from " + next.baseUrl() + ".");
        listeners.forEach(listener -> listener.accept(next));
        return true;
    }

    /** Puts the settings in use back into the fields. */
    public void revert() {
        maxAgeDays.set(String.valueOf(applied.get().maxAgeDays()));
        baseUrl.set(applied.get().baseUrl().toString());
        problem.set("");
    }

    /** {@code listener} hears each saved change (to remember it, and to apply it elsewhere). */
    public void onSaved(Consumer<DatabaseSettings> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** "Warn when older than … days", as typed. */
    public StringProperty maxAgeDaysProperty() {
        return maxAgeDays;
    }

    /** "Download from", as typed. */
    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    /** What is wrong with the typed settings; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last save changed; empty before one and after a failed one. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The settings in use. */
    public ReadOnlyObjectProperty<DatabaseSettings> appliedProperty() {
        return applied.getReadOnlyProperty();
    }
}
