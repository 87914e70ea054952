package dev.drydock.core.dockerfile;

import java.util.function.Function;

/**
 * Processes a word the way Docker does for ENV, LABEL, COPY, FROM and friends: removes quotes and
 * escapes and expands {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-x}}, {@code ${VAR-x}},
 * {@code ${VAR:+x}} and {@code ${VAR+x}}. Single quotes and an escaped {@code \$} keep a literal dollar.
 * Other modifiers ({@code ${VAR:?x}}, {@code ${VAR%x}}...) give the plain value. Never throws.
 */
public final class VariableExpander {

    /** Deeper {@code ${a:-${b:-...}}} nesting is kept as text, so no input can exhaust the stack. */
    private static final int MAX_NESTING = 64;

    private final String word;
    private final char escape;
    private final Function<String, String> lookup;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int depth;

    private VariableExpander(String word, char escape, Function<String, String> lookup) {
        this.word = word;
        this.escape = escape;
        this.lookup = lookup;
    }

    /**
     * @param lookup the value of a variable, or {@code null} when it is not set; when {@code lookup}
     *               itself is {@code null}, variable references are kept as written
     */
    public static String process(String word, char escape, Function<String, String> lookup) {
        VariableExpander expander = new VariableExpander(word, escape, lookup);
        expander.run(-1, expander.out);
        return expander.out.toString();
    }

    /** Reads up to and past {@code stop} (-1: to the end), appending what it means to {@code into}. */
    private void run(int stop, StringBuilder into) {
        while (pos < word.length()) {
            char c = word.charAt(pos);
            if (c == stop) {
                pos++;
                return;
            }
            pos++;
            if (c == '\'') {
                singleQuoted(into);
            } else if (c == '"') {
                doubleQuoted(into);
            } else if (c == '$') {
                dollar(into);
            } else if (c == escape) {
                if (pos < word.length()) {
                    into.append(word.charAt(pos++));
                }
            } else {
                into.append(c);
            }
        }
    }

    private void singleQuoted(StringBuilder into) {
        int close = word.indexOf('\'', pos);
        int end = close < 0 ? word.length() : close;
        into.append(word, pos, end);
        pos = close < 0 ? end : end + 1;
    }

    private void doubleQuoted(StringBuilder into) {
        while (pos < word.length()) {
            char c = word.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c == '$') {
                dollar(into);
            } else if (c == escape && pos < word.length()
                    && (word.charAt(pos) == '"' || word.charAt(pos) == '$' || word.charAt(pos) == escape)) {
                into.append(word.charAt(pos++));
            } else {
                into.append(c);
            }
        }
    }

    private void dollar(StringBuilder into) {
        int start = pos - 1;
        if (pos < word.length() && word.charAt(pos) == '{' && depth < MAX_NESTING) {
            pos++;
            braced(start, into);
            return;
        }
        int nameEnd = nameEnd(pos);
        if (nameEnd == pos) {
            into.append('$');
            return;
        }
        String name = word.substring(pos, nameEnd);
        pos = nameEnd;
        if (lookup == null) {
            into.append(word, start, pos);
        } else {
            String value = lookup.apply(name);
            into.append(value == null ? "" : value);
        }
    }

    private void braced(int start, StringBuilder into) {
        int nameEnd = nameEnd(pos);
        String name = word.substring(pos, nameEnd);
        pos = nameEnd;
        String modifier = "";
        if (pos < word.length() && word.charAt(pos) != '}') {
            boolean colon = word.charAt(pos) == ':' && pos + 1 < word.length();
            modifier = word.substring(pos, pos + (colon ? 2 : 1));
            pos += modifier.length();
        }
        StringBuilder alternative = new StringBuilder();
        depth++;
        run('}', alternative);
        depth--;
        if (lookup == null) {
            into.append(word, start, pos);
            return;
        }
        String value = lookup.apply(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        switch (modifier) {
            case ":-" -> into.append(nonEmpty ? value : alternative);
            case "-" -> into.append(set ? value : alternative);
            case ":+" -> into.append(nonEmpty ? alternative : "");
            case "+" -> into.append(set ? alternative : "");
            default -> into.append(set ? value : "");
        }
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                break;
            }
            i++;
        }
        return i;
    }
}
