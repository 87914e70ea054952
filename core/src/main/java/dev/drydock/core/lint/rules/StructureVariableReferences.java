package dev.drydock.core.lint.rules;

import java.util.ArrayList;
import java.util.List;

/** The variable names a Dockerfile word refers to ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}), outside single quotes. */
final class StructureVariableReferences {

    private StructureVariableReferences() {
    }

    static List<String> in(String written) {
        List<String> names = new ArrayList<>();
        boolean singleQuoted = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\'') {
                singleQuoted = !singleQuoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '$' && !singleQuoted && i + 1 < written.length()) {
                int start = written.charAt(i + 1) == '{' ? i + 2 : i + 1;
                int end = start;
                while (end < written.length() && isNameChar(written.charAt(end), end == start)) {
                    end++;
                }
                if (end > start) {
                    names.add(written.substring(start, end));
                }
                i = end - 1;
            }
        }
        return names;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c < 128 && Character.isLetter(c)) || (!first && c < 128 && Character.isDigit(c));
    }
}
