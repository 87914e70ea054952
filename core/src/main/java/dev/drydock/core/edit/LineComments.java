package dev.drydock.core.edit;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.fix.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments or uncomments whole lines of a Dockerfile, as an editor's "toggle comment" does. When every
 * non-blank line of the range is already a comment, the {@code #} (and one space after it) is removed
 * from each; otherwise {@code "# "} is inserted on each non-blank line at the smallest indentation of
 * the range, so a toggle followed by another toggle gives back the exact text. Blank lines are left alone.
 */
public final class LineComments {

    private static final String MARK = "# ";

    private LineComments() {
    }

    /**
     * The edits that toggle lines {@code fromLine} to {@code toLine} (1-based, inclusive, clamped to the
     * text's lines), in ascending order; empty when the range holds only blank lines.
     */
    public static List<TextEdit> toggle(String text, int fromLine, int toLine) {
        LineIndex index = new LineIndex(text);
        int first = Math.max(1, Math.min(fromLine, toLine));
        int last = Math.min(index.lineCount(), Math.max(fromLine, toLine));
        List<int[]> lines = new ArrayList<>();
        boolean allComments = true;
        int indent = Integer.MAX_VALUE;
        for (int line = first; line <= last; line++) {
            int start = index.lineStart(line);
            int end = contentEnd(text, index, line);
            int content = start;
            while (content < end && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) {
                content++;
            }
            if (content == end) {
                continue;
            }
            lines.add(new int[] {start, content, end});
            allComments &= text.charAt(content) == '#';
            indent = Math.min(indent, content - start);
        }
        List<TextEdit> edits = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            if (allComments) {
                int hash = line[1];
                boolean space = hash + 1 < line[2] && text.charAt(hash + 1) == ' ';
                edits.add(TextEdit.delete(hash, hash + (space ? 2 : 1)));
            } else {
                edits.add(TextEdit.insert(line[0] + indent, MARK));
            }
        }
        return List.copyOf(edits);
    }

    private static int contentEnd(String text, LineIndex index, int line) {
        int end = line < index.lineCount() ? index.lineStart(line + 1) - 1 : text.length();
        return end > index.lineStart(line) && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
}
