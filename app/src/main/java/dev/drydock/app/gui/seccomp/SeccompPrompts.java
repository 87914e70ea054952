package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the profile editor asks the user, with the Dockerfile editor's answers to "unsaved
 * changes?". The window shows dialogs; tests answer in code.
 */
public interface SeccompPrompts {

    /** Until the window gives real prompts: never throws work away, never picks a file. */
    SeccompPrompts CAUTIOUS = new SeccompPrompts() {
        @Override
        public UnsavedChanges askUnsavedChanges(String name) {
            return UnsavedChanges.CANCEL;
        }

        @Override
        public Optional<Path> chooseProfileToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveLocation(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void showError(UserMessage message) {
        }
    };

    /** "Save the changes to NAME first?" — Save / Don't save / Cancel. */
    UnsavedChanges askUnsavedChanges(String name);

    /** A profile file to open (or compare with); empty when cancelled. */
    Optional<Path> chooseProfileToOpen(String title);

    /** Where to save, starting with {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseSaveLocation(String title, String suggestedName);

    void showError(UserMessage message);
}
