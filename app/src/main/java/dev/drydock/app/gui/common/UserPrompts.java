package dev.drydock.app.gui.common;

/**
 * The questions and notices a view-model needs from the user. The window shows dialogs; tests
 * answer in code.
 */
public interface UserPrompts {

    /** Asks before something that cannot be undone; true when the user agreed. */
    boolean confirm(Confirmation confirmation);

    void showError(UserMessage message);

    /**
     * @param action the button text for "yes", e.g. {@code Remove}
     */
    record Confirmation(String title, String question, String details, String action) {
    }
}
