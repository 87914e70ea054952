package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.layers.RevealedSecret;
import dev.drydock.core.image.layers.SecretReveal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Secrets tab's explicit "reveal": reads a file secret's line again from its layer, in the
 * background, and holds the clear text only while that row stays selected, until "Hide", or until
 * the next scan. The clear text lives in this one property and is never written, logged or
 * exported; the first reveal of a session needs the user's confirmation.
 */
public final class SecretReveals {

    /** What the confirmation says before the first reveal. */
    public static final String CONFIRMATION = "The secret will be shown on screen. Make sure nobody else can see it.";

    private final ScanTarget target;
    private final UiTaskRunner runner;
    private final ObjectProperty<SecretRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper revealing = new ReadOnlyBooleanWrapper(this, "revealing");
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private boolean confirmed;
    private RunningTask running;
    private long request;

    /** The clear text of one row's line. Its {@code toString} hides the text. */
    public record Shown(SecretRow row, RevealedSecret secret) {
        @Override
        public String toString() {
            return "Shown[" + row.where() + ", text hidden]";
        }
    }

    SecretReveals(ScanTarget target, UiTaskRunner runner) {
        this.target = target;
        this.runner = runner;
        selected.addListener((obs, old, now) -> {
            if (shown.get() != null && shown.get().row() != now) {
                hide();
            }
        });
    }

    /** Whether the row's value can be read again (a secret in a file). */
    public static boolean canReveal(SecretRow row) {
        return row != null && row.file().isPresent();
    }

    /** True until the user confirmed once that secrets may be shown on screen. */
    public boolean needsConfirmation() {
        return !confirmed;
    }

    /** The user agreed that secrets may be shown on screen (asked once per scan tab). */
    public void confirm() {
        confirmed = true;
    }

    /**
     * Reads the row's line in the background and shows it while the row stays selected. Does
     * nothing before {@link #confirm()}, for rows that {@link #canReveal cannot be revealed}, or while
     * another reveal runs.
     */
    public void reveal(SecretRow row) {
        if (!confirmed || !canReveal(row) || revealing.get()) {
            return;
        }
        selected.set(row);
        hide();
        long thisRequest = ++request;
        SecretRow.InFile file = row.file().orElseThrow();
        revealing.set(true);
        problem.set(null);
        running = runner.submit(UiTask.of("Revealing the secret in " + row.where(), (token, listener) ->
                        SecretReveal.reveal(target.opener().open(), file.layerDiffId(), file.path(), file.line(), listener, token))
                .onSuccess(found -> {
                    if (thisRequest == request) {
                        done();
                        if (found.isEmpty()) {
                            problem.set(new UserMessage("Could not reveal the secret",
                                    "The layer no longer holds " + file.path() + ".",
                                    "Scan the image again: it may have changed since the scan."));
                        } else if (selected.get() == row) {
                            shown.set(new Shown(row, found.get()));
                        }
                    }
                })
                .onFailure(error -> {
                    if (thisRequest == request) {
                        done();
                        problem.set(UserMessage.of("Could not reveal the secret", error));
                    }
                })
                .onCancelled(() -> {
                    if (thisRequest == request) {
                        done();
                    }
                }));
        if (thisRequest != request || !revealing.get()) {
            running = null;
        }
    }

    private void done() {
        revealing.set(false);
        running = null;
    }

    /** Stops a reveal that is still reading the image. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Forgets the clear text: the row shows its masked evidence again. */
    public void hide() {
        shown.set(null);
    }

    /** Called when a new scan's rows replace the old ones. */
    void reset() {
        request++;
        cancel();
        done();
        hide();
        problem.set(null);
        selected.set(null);
    }

    /** The row the user selected in the Secrets table; moving the selection hides a shown value. */
    public ObjectProperty<SecretRow> selectedProperty() {
        return selected;
    }

    /** The clear text on screen, or null. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The clear text to show in {@code row}, or null when it shows its masked evidence. */
    public String clearTextOf(SecretRow row) {
        Shown now = shown.get();
        return now != null && now.row() == row ? now.secret().text() : null;
    }

    public ReadOnlyBooleanProperty revealingProperty() {
        return revealing.getReadOnlyProperty();
    }

    /** Why the last reveal failed; null unless it did. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
