package dev.drydock.core.dockerfile.shell;

/** The ends of double-quoted strings and substitutions, shared by the lexer's word reading. */
final class ShellQuotes {

    private ShellQuotes() {
    }

    /** Reads a double-quoted string whose content starts at {@code from}; returns the offset after the quote. */
    static int doubleQuoted(String text, int from, StringBuilder value) {
        int pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return pos + 1;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char next = text.charAt(pos + 1);
                if (next == '"' || next == '\\' || next == '$' || next == '`') {
                    value.append(next);
                } else if (next != '\n') {
                    value.append(c).append(next);
                }
                pos += 2;
            } else if (c == '$' || c == '`') {
                int end = substitutionEnd(text, pos);
                value.append(text, pos, end);
                pos = end;
            } else {
                value.append(c);
                pos++;
            }
        }
        return pos;
    }

    /**
     * Where the expansion starting at {@code from} ends: {@code $(...)}, {@code $((...))}, {@code ${...}},
     * a backtick command, {@code $NAME}, or just the {@code $}.
     */
    static int substitutionEnd(String text, int from) {
        char c = text.charAt(from);
        if (c == '`') {
            int pos = from + 1;
            while (pos < text.length() && text.charAt(pos) != '`') {
                pos += text.charAt(pos) == '\\' ? 2 : 1;
            }
            return Math.min(pos + 1, text.length());
        }
        if (from + 1 >= text.length()) {
            return from + 1;
        }
        char next = text.charAt(from + 1);
        if (next == '(' || next == '{') {
            return matching(text, from + 1, next, next == '(' ? ')' : '}');
        }
        int pos = from + 1;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return pos == from + 1 && pos < text.length() && "@*#?$!-".indexOf(text.charAt(pos)) >= 0 ? pos + 1 : pos;
    }

    /** The offset after the bracket closing the one at {@code open}, skipping quoted text. */
    private static int matching(String text, int open, char opening, char closing) {
        int depth = 0;
        int pos = open;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\'' && opening == '(') {
                int close = text.indexOf('\'', pos + 1);
                pos = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (c == '"') {
                pos = skipDoubleQuoted(text, pos + 1);
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return pos + 1;
            }
            pos++;
        }
        return text.length();
    }

    /** The offset after the double-quoted string whose content starts at {@code from} (no recursion). */
    private static int skipDoubleQuoted(String text, int from) {
        int pos = from;
        while (pos < text.length() && text.charAt(pos) != '"') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        return Math.min(pos + 1, text.length());
    }
}
