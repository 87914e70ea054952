package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.common.UserMessage;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The workspace's words for the user: what happened and what to do. */
final class WorkspaceMessages {

    private static final Pattern UNTITLED = Pattern.compile("Untitled (\\d+)");

    private WorkspaceMessages() {
    }

    static String untitledName(int number) {
        return "Untitled " + number;
    }

    /** The number of an {@code Untitled 3} name; 0 for other names. */
    static int untitledNumber(String name) {
        Matcher matcher = UNTITLED.matcher(name);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    static UserMessage openFailed(Path file, Throwable error) {
        String title = "Could not open " + file.getFileName();
        if (error instanceof NoSuchFileException) {
            return new UserMessage(title, file + " does not exist (any more).",
                    "It was removed from the recent files. Check whether it was moved or renamed.");
        }
        return UserMessage.of(title, error);
    }

    static UserMessage saveFailed(Path file, Throwable error) {
        String title = "Could not save " + file.getFileName();
        String advice = "Your changes are still in the editor. Use Save As to save them somewhere else, "
                + "or fix the problem and save again.";
        if (error instanceof AccessDeniedException) {
            return new UserMessage(title, "You may not write to " + file + ".", advice);
        }
        if (error instanceof NoSuchFileException) {
            return new UserMessage(title, "The folder of " + file + " does not exist.", advice);
        }
        String reason = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getMessage();
        return new UserMessage(title, "Drydock could not write " + file + ": " + reason + ".", advice);
    }

    static UserMessage alreadyOpen(Path file) {
        return new UserMessage("Could not save " + file.getFileName(), file + " is open in another tab.",
                "Close that tab first, or choose another name.");
    }
}
