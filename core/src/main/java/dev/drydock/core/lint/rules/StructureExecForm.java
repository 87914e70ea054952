package dev.drydock.core.lint.rules;

import java.util.List;

/** Writes an exec-form (JSON array) argument list the way Docker reads it, for the fixes of this batch. */
final class StructureExecForm {

    private StructureExecForm() {
    }

    /** {@code ["a", "b"]} with JSON string escapes. */
    static String of(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (String word : words) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"');
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
