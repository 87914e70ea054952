package dev.drydock.core.dockerfile.instruction;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.List;

/**
 * The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD. In exec form ({@code ["executable", "arg"]})
 * {@code arguments} holds the JSON strings; in shell form {@code arguments} is empty. {@code shellText}
 * is the command as written with continued lines joined: the text given to the shell in shell form.
 * Like Docker, text that starts with {@code [} but is not a JSON array of strings is shell form.
 */
public record Command(Form form, List<Word> arguments, LogicalText shellText, SourceRange range) {

    public enum Form { EXEC, SHELL }

    public boolean isExecForm() {
        return form == Form.EXEC;
    }

    /** The command as one line: the shell text, or the exec arguments joined by spaces. */
    public String text() {
        if (form == Form.SHELL) {
            return shellText.text();
        }
        StringBuilder joined = new StringBuilder();
        for (Word argument : arguments) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(argument.value());
        }
        return joined.toString();
    }
}
