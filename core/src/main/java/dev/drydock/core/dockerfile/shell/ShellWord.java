package dev.drydock.core.dockerfile.shell;

import dev.drydock.core.dockerfile.SourceRange;

/**
 * A word of a shell command. {@code value} has quotes and backslash escapes removed; command
 * substitutions ({@code $(...)}, backticks) and variables stay as written. {@code text} is as written;
 * {@code range} is where it is written in the Dockerfile.
 */
public record ShellWord(String value, String text, SourceRange range, QuoteKind quote) {

    /** An unquoted {@code NAME=value} before the command name. */
    public boolean isAssignment() {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            return false;
        }
        for (int i = 0; i < equals; i++) {
            char c = text.charAt(i);
            boolean nameChar = c == '_' || Character.isLetter(c) || (i > 0 && Character.isDigit(c));
            if (!nameChar || c > 127) {
                return false;
            }
        }
        return true;
    }
}
