package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Notices files changed behind the editor's back. A buffer without unsaved changes is reloaded
 * silently; one with unsaved changes asks "reload or keep mine" (and does not ask again for the
 * same version of the file). A deleted file leaves the buffer open and dirty, so its text is not lost.
 */
final class ExternalChanges {

    private final UiTaskRunner runner;
    private final DocumentPrompts prompts;
    private final Set<DockerfileDocument> checking = new HashSet<>();

    ExternalChanges(UiTaskRunner runner, DocumentPrompts prompts) {
        this.runner = runner;
        this.prompts = prompts;
    }

    void check(DockerfileDocument document, BooleanSupplier stillOpen) {
        FileStamp known = document.diskStamp();
        if (document.path().isEmpty() || known == null || document.saving() || !checking.add(document)) {
            return;
        }
        Path file = document.path().get();
        runner.submit(UiTask.of("Checking " + file.getFileName() + " on disk",
                        (token, progress) -> DocumentFiles.check(file, known))
                .quiet()
                .onSuccess(check -> {
                    checking.remove(document);
                    boolean unchangedMeanwhile = stillOpen.getAsBoolean() && !document.saving()
                            && known.equals(document.diskStamp()) && document.path().equals(java.util.Optional.of(file));
                    if (unchangedMeanwhile) {
                        apply(document, known, check);
                    }
                })
                .onFailure(error -> checking.remove(document)));
    }

    private void apply(DockerfileDocument document, FileStamp known, DocumentFiles.DiskCheck check) {
        switch (check.kind()) {
            case MISSING -> document.markMissingOnDisk();
            case UNCHANGED -> document.touched(check.stamp());
            case CHANGED -> {
                if (check.stamp().equals(document.declinedDiskStamp())) {
                    return;
                }
                if (!document.isDirty()) {
                    document.reload(check.loaded());
                } else if (prompts.askExternalChange(document) == DocumentPrompts.ExternalChange.RELOAD) {
                    document.reload(check.loaded());
                } else {
                    document.declineDiskVersion(check.stamp());
                }
            }
        }
    }
}
