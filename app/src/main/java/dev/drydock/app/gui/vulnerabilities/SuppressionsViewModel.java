package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Suppressions control of one Vulnerabilities tab: applies the user's ignore files and OpenVEX documents
 * (shared by every tab, see {@link SuppressionFiles}) to the tab's matches, and applies them again, without
 * matching again, whenever the list of files changes. Says how many matches they suppress, and what they
 * could not do (expired ignore entries, unreadable lines).
 */
public final class SuppressionsViewModel {

    private final SuppressionFiles files;
    private final Supplier<Instant> now;
    private final Consumer<VulnerabilityReport> show;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final Runnable stopListening;
    private VulnerabilityReport matched;
    private ImageConfigFacts image;

    /** @param show shows the report with the suppressions applied (the tab's table) */
    public SuppressionsViewModel(SuppressionFiles files, Supplier<Instant> now, Consumer<VulnerabilityReport> show) {
        this.files = Objects.requireNonNull(files);
        this.now = Objects.requireNonNull(now);
        this.show = Objects.requireNonNull(show);
        this.stopListening = files.onChange(this::applyAgain);
        describe(null);
    }

    /** Applies the files to freshly matched vulnerabilities of the image {@code config} describes, and shows them. */
    public void apply(VulnerabilityReport freshlyMatched, ImageConfigFacts config) {
        this.matched = Objects.requireNonNull(freshlyMatched);
        this.image = Objects.requireNonNull(config);
        applyAgain();
    }

    private void applyAgain() {
        if (matched == null) {
            describe(null);
            return;
        }
        VulnerabilityReport applied = files.suppressions(image).apply(matched, now.get());
        List<String> added = applied.notes().subList(matched.notes().size(), applied.notes().size());
        notes.set(String.join("\n", added));
        describe(applied);
        show.accept(applied);
    }

    private void describe(VulnerabilityReport applied) {
        int count = files.files().size();
        if (count == 0) {
            summary.set("No suppressions: add an ignore file (.trivyignore) or an OpenVEX document to hide "
                    + "vulnerabilities you have judged.");
            return;
        }
        String from = count == 1 ? "1 suppression file" : count + " suppression files";
        if (applied == null) {
            summary.set(from + " active");
            return;
        }
        int suppressed = applied.suppressed().size();
        summary.set(from + " active: " + suppressed + (suppressed == 1 ? " vulnerability" : " vulnerabilities")
                + " suppressed");
    }

    /** The active files (shared by every scan), in the order chosen. */
    public ObservableList<SuppressionFile> files() {
        return files.files();
    }

    /** Whether the window can ask for files ("Add…"). */
    public boolean canChoose() {
        return files.canChoose();
    }

    /** Asks for ignore files or VEX documents and adds them to every scan's suppressions. */
    public void choose() {
        files.choose();
    }

    /** Stops applying {@code file}, in every scan, and forgets it. */
    public void remove(SuppressionFile file) {
        files.remove(file);
    }

    /** Reads every file again (after the user edited one). */
    public void readAgain() {
        files.readAgain();
    }

    /** {@code 2 suppression files active: 3 vulnerabilities suppressed}, or how to add one. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the files could not do, one per line: expired ignore entries, lines that could not be read. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Why the last chosen files could not be added; empty when they could. */
    public ReadOnlyStringProperty problemProperty() {
        return files.problemProperty();
    }

    /** The tab is closed: stop hearing about changes to the files. */
    public void dispose() {
        stopListening.run();
    }
}
