package dev.drydock.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, {@code git diff} style) of a file before and after fixes, for
 * {@code drydock fix --diff} and the editor's preview. Line ends are part of the compared lines, so a
 * change from CRLF to LF shows up; lines in the output always end with {@code \n}.
 */
public final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} → {@code after} labelled {@code a/<file>} and {@code b/<file>}; empty when equal. */
    public static String of(String file, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, original, patch, CONTEXT_LINES);
        StringBuilder out = new StringBuilder();
        for (String line : diff) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Lines without their final {@code \n} but with any {@code \r}; a missing final newline is marked. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start) + "\n\\ No newline at end of file");
        }
        return lines;
    }
}
