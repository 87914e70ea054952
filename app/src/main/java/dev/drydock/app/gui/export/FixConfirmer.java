package dev.drydock.app.gui.export;

import dev.drydock.core.findings.Finding;

/**
 * Asks the user about one fix that needs review during an export. Called on the worker thread that
 * hardens the file, one fix at a time: an implementation that shows a dialog hands it to the UI
 * thread and waits for the answer ({@link FxFixConfirmer}); tests answer in code.
 */
@FunctionalInterface
public interface FixConfirmer {

    /** True to apply the fix. */
    boolean confirm(FixToConfirm fix);

    /**
     * @param diff the unified diff of this one fix against the text as it is at that moment
     */
    record FixToConfirm(Finding finding, String fixTitle, String diff) {
    }
}
