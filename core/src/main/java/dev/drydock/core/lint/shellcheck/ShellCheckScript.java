package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.List;
import java.util.Objects;

/**
 * One shell script of a Dockerfile as ShellCheck gets it: the text a shell runs (continued lines joined
 * with the active escape character, or a heredoc body), mapped back to where each character was
 * written, and the shell dialect ShellCheck should assume.
 *
 * @param text    the script, each character mapped to its Dockerfile offset
 * @param dialect   {@code sh}, {@code bash}, {@code dash} or {@code ksh}
 * @param variables the build arguments and environment variables set when the script runs, so that
 *                  ShellCheck does not call them unassigned
 */
public record ShellCheckScript(LogicalText text, String dialect, List<String> variables) {

    public ShellCheckScript {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dialect, "dialect");
        variables = List.copyOf(variables);
    }

    /**
     * The Dockerfile range of a span ShellCheck reports in this script: 1-based lines, 1-based
     * columns counted in characters (ShellCheck's {@code json1} counts a tab as one), end exclusive.
     * Positions past the script's end are clamped to it.
     */
    public SourceRange rangeOf(int line, int column, int endLine, int endColumn) {
        int start = index(line, column);
        int end = Math.max(start, index(endLine, endColumn));
        return text.range(start, end);
    }

    /** The index in {@link #text()} of a 1-based line and column, clamped to the line and the script. */
    int index(int line, int column) {
        String script = text.text();
        int lineStart = 0;
        for (int current = 1; current < line; current++) {
            int newline = script.indexOf('\n', lineStart);
            if (newline < 0) {
                return script.length();
            }
            lineStart = newline + 1;
        }
        int lineEnd = script.indexOf('\n', lineStart);
        int limit = lineEnd < 0 ? script.length() : lineEnd + 1;
        int index = lineStart;
        for (int c = 1; c < column && index < limit; c++) {
            index += Character.charCount(script.codePointAt(index));
        }
        return Math.min(index, limit);
    }
}
