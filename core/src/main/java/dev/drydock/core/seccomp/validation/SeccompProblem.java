package dev.drydock.core.seccomp.validation;

import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.json.SourcePosition;
import java.util.Optional;

/**
 * One thing wrong (or worth knowing) about a profile.
 *
 * @param severity {@link Severity#ERROR}: Docker rejects the profile or it cannot work as written;
 *                 {@link Severity#WARNING}: it works but probably not as meant; {@link Severity#INFO}: a note
 * @param message  what is wrong and what to do
 * @param pointer  where, as a JSON pointer ({@code /syscalls/3/args/0/op}); "" for the whole profile
 * @param position line and column in the text, when the profile was read from text; else null
 */
public record SeccompProblem(Severity severity, String message, String pointer, SourcePosition position) {

    public Optional<SourcePosition> at() {
        return Optional.ofNullable(position);
    }

    /** One line for a terminal: {@code error: /syscalls/3 (line 40, column 3): message}. */
    public String describe() {
        String where = pointer.isEmpty() ? "profile" : pointer;
        return severity.id() + ": " + where + (position == null ? "" : " (" + position + ")") + ": " + message;
    }
}
