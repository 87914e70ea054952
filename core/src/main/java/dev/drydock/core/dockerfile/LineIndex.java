package dev.drydock.core.dockerfile;

import java.util.Arrays;

/**
 * Turns offsets into line and column numbers for one text. Lines end at {@code \n} (a {@code \r} before
 * it belongs to the line's terminator, as for Docker); built in one pass, each look-up is a binary search.
 */
public final class LineIndex {

    private final int length;
    private final int[] lineStarts;
    private final int lineCount;
    /**
     * The line of the last look-up: the parser asks for positions in increasing order, so the answer is
     * mostly this line or the next. Only a hint, checked before use, so sharing it between threads is safe.
     */
    private int lastLine;

    public LineIndex(String text) {
        this.length = text.length();
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    /** The number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return lineCount;
    }

    /** The offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public SourcePosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = lineOf(clamped);
        return new SourcePosition(clamped, line + 1, clamped - lineStarts[line] + 1);
    }

    private int lineOf(int offset) {
        int hint = lastLine;
        for (int line = hint; line < hint + 2 && line < lineCount; line++) {
            if (lineStarts[line] <= offset && (line + 1 == lineCount || offset < lineStarts[line + 1])) {
                lastLine = line;
                return line;
            }
        }
        int index = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        int line = index >= 0 ? index : -index - 2;
        lastLine = line;
        return line;
    }

    public SourceRange range(int startOffset, int endOffset) {
        SourcePosition start = position(startOffset);
        SourcePosition end = endOffset == startOffset ? start : position(endOffset);
        return new SourceRange(start, end);
    }
}
