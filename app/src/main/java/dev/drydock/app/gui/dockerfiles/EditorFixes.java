package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.FixNotApplicableException;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Fixes made elsewhere (a scan's Dockerfile fixes for its vulnerabilities) applied in the Dockerfile editor:
 * the file is opened (or its open tab selected) and the fix applied by the one applier as an unsaved
 * change, one undo step in its editor, for the user to review and save. The file itself is never written.
 */
public final class EditorFixes {

    /** Applies a fix through the document's open editor, as one undo step; false when no editor shows it. */
    @FunctionalInterface
    public interface Editors {
        boolean apply(DockerfileDocument document, Fix fix);
    }

    private final DockerfileWorkspace workspace;
    private final DocumentPrompts prompts;
    private final Editors editors;

    /** @param editors the Dockerfiles page's editors; without one the document's text is changed directly */
    public EditorFixes(DockerfileWorkspace workspace, DocumentPrompts prompts, Editors editors) {
        this.workspace = Objects.requireNonNull(workspace);
        this.prompts = Objects.requireNonNull(prompts);
        this.editors = Objects.requireNonNull(editors);
    }

    /**
     * Opens {@code file} with {@code fix} applied; the document, or empty when the file could not be opened
     * (said already) or the fix no longer fits its text (said: the file changed since the advice).
     */
    public CompletionStage<Optional<DockerfileDocument>> openWithFix(Path file, Fix fix) {
        return workspace.open(file).thenApply(opened -> opened.filter(document -> apply(document, fix)));
    }

    private boolean apply(DockerfileDocument document, Fix fix) {
        try {
            if (!editors.apply(document, fix)) {
                document.setText(new FixApplier().apply(document.text(), fix));
            }
            return true;
        } catch (FixNotApplicableException changed) {
            prompts.showError(new UserMessage("The fix no longer fits " + document.displayNameProperty().get(),
                    changed.getMessage(), "The Dockerfile changed since the fixes were advised (unsaved edits in the editor, "
                    + "or a change on disk). Save or revert it, then press Refresh on the scan's Vulnerabilities tab."));
            return false;
        }
    }
}
