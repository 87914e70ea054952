package dev.drydock.core.findings;

/**
 * A span of a text file: character offsets (start inclusive, end exclusive, in UTF-16 units) and the
 * same span as 1-based lines and columns. The end position is the one just past the last character,
 * so an empty range has equal start and end. Independent of any parser: parsers convert their own
 * ranges into this record, for example with {@link LineMap#range(int, int)}.
 */
public record TextRange(
        int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public TextRange {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
        }
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad positions " + startLine + ":" + startColumn
                    + ".." + endLine + ":" + endColumn);
        }
    }

    /** Number of characters covered. */
    public int length() {
        return endOffset - startOffset;
    }

    /** True when {@code line} (1-based) is one of the lines this range starts, spans or ends on. */
    public boolean coversLine(int line) {
        return line >= startLine && line <= endLine;
    }
}
