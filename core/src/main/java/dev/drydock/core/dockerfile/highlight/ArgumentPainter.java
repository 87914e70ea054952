package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.LogicalText;

import java.util.List;

/**
 * Paints arguments as Docker reads them, on their logical text (continued lines joined): quoted
 * strings, variable references and, in JSON form, the array's punctuation. Records the quote and
 * bracket pairs on the way. One pass, each character looked at once.
 */
final class ArgumentPainter {

    private final KindCanvas canvas;
    private final List<MatchingPair> pairs;

    ArgumentPainter(KindCanvas canvas, List<MatchingPair> pairs) {
        this.canvas = canvas;
        this.pairs = pairs;
    }

    /**
     * Words as Docker (and a shell) splits them: {@code '...'} is a string without escapes or
     * variables; {@code "..."} is a string in which the escape character protects the next character
     * and variables are expanded; outside quotes the escape character protects the next character.
     */
    void words(LogicalText text, int from, int to, char escape) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == escape) {
                i += 2;
            } else if (c == '\'') {
                i = singleQuoted(text, i, to);
            } else if (c == '"') {
                i = doubleQuoted(text, i, to, escape, true);
            } else if (c == '$') {
                i += variable(text, i, to);
            } else {
                i++;
            }
        }
    }

    /**
     * A JSON array of strings ({@code ["a", "b"]}): strings (JSON escapes with {@code \}), brackets and
     * commas. Variables inside the strings are painted when Docker expands them ({@code expands}).
     */
    void json(LogicalText text, int from, int to, boolean expands) {
        int[] open = new int[8];
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"') {
                i = doubleQuoted(text, i, to, '\\', expands);
                continue;
            }
            if (c == '[' || c == ']' || c == ',') {
                canvas.paint(text, i, i + 1, HighlightKind.JSON_PUNCTUATION);
                if (c == '[') {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = text.sourceOffset(i);
                } else if (c == ']' && depth > 0) {
                    pair(open[--depth], text.sourceOffset(i));
                }
            }
            i++;
        }
    }

    /** Only the variables (a heredoc body, where quotes belong to the script, not to Docker). */
    void variables(LogicalText text, int from, int to) {
        int i = from;
        while (i < to) {
            i += text.charAt(i) == '$' ? variable(text, i, to) : 1;
        }
    }

    private int singleQuoted(LogicalText text, int start, int to) {
        int i = start + 1;
        while (i < to && text.charAt(i) != '\'') {
            i++;
        }
        int end = Math.min(i + 1, to);
        canvas.paint(text, start, end, HighlightKind.STRING);
        if (i < to) {
            pair(text.sourceOffset(start), text.sourceOffset(i));
        }
        return end;
    }

    private int doubleQuoted(LogicalText text, int start, int to, char escape, boolean expands) {
        int i = start + 1;
        int firstVariable = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == escape) {
                i++;
            } else if (c == '$' && expands && firstVariable < 0) {
                firstVariable = i;
            }
            i++;
        }
        int end = Math.min(i + 1, to);
        canvas.paint(text, start, end, HighlightKind.STRING);
        if (i < to) {
            pair(text.sourceOffset(start), text.sourceOffset(i));
        }
        if (firstVariable >= 0) {
            int variablesTo = Math.min(i, to);
            for (int j = firstVariable; j < variablesTo; ) {
                char c = text.charAt(j);
                if (c == escape) {
                    j += 2;
                } else if (c == '$') {
                    j += variable(text, j, variablesTo);
                } else {
                    j++;
                }
            }
        }
        return end;
    }

    /**
     * Paints the variable reference starting at the {@code $} at {@code start}; returns how many
     * characters it takes (1 when the {@code $} starts none, e.g. {@code $(cmd)} or a lone {@code $}).
     */
    private int variable(LogicalText text, int start, int to) {
        int i = start + 1;
        if (i >= to) {
            return 1;
        }
        char c = text.charAt(i);
        if (c == '{') {
            int depth = 1;
            i++;
            while (i < to && depth > 0) {
                char inner = text.charAt(i);
                depth += inner == '{' ? 1 : inner == '}' ? -1 : 0;
                i++;
            }
        } else if (isNameStart(c)) {
            while (i < to && isNamePart(text.charAt(i))) {
                i++;
            }
        } else if (Character.isDigit(c) || "@*#?$!-".indexOf(c) >= 0) {
            i++;
        } else {
            return 1;
        }
        canvas.paint(text, start, i, HighlightKind.VARIABLE);
        return i - start;
    }

    private void pair(int open, int close) {
        if (close > open) {
            pairs.add(new MatchingPair(open, close));
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private static boolean isNamePart(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
