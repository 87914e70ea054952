package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;

/**
 * What the editor asks its host to do when the user picks a quick fix, so that previews, prompts
 * (justification of a suppression) and the findings panel stay outside the control.
 */
public interface EditorActions {

    /** Apply {@code fix} of {@code finding} (typically by calling {@link DockerfileEditor#applyFix}). */
    void applyFix(Finding finding, Fix fix);

    /** Show the diff {@code fix} would make, with Apply / Cancel. */
    void previewFix(Finding finding, Fix fix);

    /** Apply every safe fix of the file. */
    void fixAllSafe();

    /** Insert an ignore pragma for {@code finding}, for its instruction or the whole file. */
    void suppress(Finding finding, SuppressScope scope);

    /** Show the rule's explanation. */
    void explain(Finding finding);

    /** Actions that do nothing, until the host sets its own. */
    static EditorActions none() {
        return new EditorActions() {
            @Override
            public void applyFix(Finding finding, Fix fix) {
            }

            @Override
            public void previewFix(Finding finding, Fix fix) {
            }

            @Override
            public void fixAllSafe() {
            }

            @Override
            public void suppress(Finding finding, SuppressScope scope) {
            }

            @Override
            public void explain(Finding finding) {
            }
        };
    }
}
