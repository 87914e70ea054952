package dev.drydock.core.findings;

import java.util.Arrays;

/**
 * Converts character offsets of one text into 1-based lines and columns. A line ends after
 * {@code \n}; a {@code \r} before it belongs to the line it ends, so CRLF and LF texts number their
 * lines alike. Columns count UTF-16 units, as SARIF's default {@code utf16CodeUnits} does.
 */
public final class LineMap {

    private final int length;
    private final int[] lineStarts;

    private LineMap(int length, int[] lineStarts) {
        this.length = length;
        this.lineStarts = lineStarts;
    }

    public static LineMap of(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(text.length(), Arrays.copyOf(starts, count));
    }

    /** Number of lines; a text ending in a newline has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of {@code offset} (which may equal the text length). */
    public int line(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of {@code offset} within its line. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("line " + line + " is outside 1.." + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** The range between two offsets with its lines and columns filled in. */
    public TextRange range(int startOffset, int endOffset) {
        if (endOffset < startOffset) {
            throw new IllegalArgumentException("range ends before it starts: " + startOffset + ".." + endOffset);
        }
        return new TextRange(startOffset, endOffset,
                line(startOffset), column(startOffset), line(endOffset), column(endOffset));
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0.." + length);
        }
    }
}
