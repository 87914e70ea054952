package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.common.UserMessage;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the Dockerfile workspace asks the user. The window shows dialogs; tests answer in code. */
public interface DocumentPrompts {

    /** What to do with a buffer's unsaved changes before it closes. */
    enum UnsavedChanges { SAVE, DISCARD, CANCEL }

    /** What to do when the file changed on disk while the buffer has unsaved changes. */
    enum ExternalChange { RELOAD, KEEP_MINE }

    /** "Save changes to Dockerfile before closing?" — Save / Don't save / Cancel. */
    UnsavedChanges askUnsavedChanges(DockerfileDocument document);

    /** "Dockerfile changed on disk. Reload it and lose your changes, or keep yours?" */
    ExternalChange askExternalChange(DockerfileDocument document);

    /** A file chooser for Save As, starting from the document's file or folder; empty when cancelled. */
    Optional<Path> chooseSaveLocation(DockerfileDocument document);

    void showError(UserMessage message);
}
