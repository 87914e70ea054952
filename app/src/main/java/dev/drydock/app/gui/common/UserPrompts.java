package dev.drydock.app.gui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and notices a view-model needs from the user. The window shows dialogs; tests
 * answer in code.
 */
public interface UserPrompts {

    /** Asks before something that cannot be undone; true when the user agreed. */
    boolean confirm(Confirmation confirmation);

    void showError(UserMessage message);

    /**
     * Asks where to save a file (a save dialog titled {@code title}, suggesting {@code suggestedName});
     * empty when the user cancelled. Prompts that cannot show a dialog answer "cancelled".
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName) {
        return Optional.empty();
    }

    /**
     * @param action the button text for "yes", e.g. {@code Remove}
     */
    record Confirmation(String title, String question, String details, String action) {
    }
}
