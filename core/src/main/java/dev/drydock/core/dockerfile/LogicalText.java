package dev.drydock.core.dockerfile;

import java.util.Arrays;

/**
 * Text the way Docker reads it, with a way back to where each character was written. For an
 * instruction this is its continued lines joined (escape characters, line breaks, comment lines and
 * empty lines removed); for a heredoc body it is the body with its lines ending in {@code \n}.
 * Positions inside {@link #text()} map to ranges in the Dockerfile through {@link #range(int, int)}.
 */
public final class LogicalText {

    private final String text;
    private final int[] sourceOffsets;
    private final LineIndex lines;

    /**
     * @param sourceOffsets one source offset per character of {@code text}, plus one more: the source
     *                      offset where the text ends
     */
    public LogicalText(String text, int[] sourceOffsets, LineIndex lines) {
        if (sourceOffsets.length < text.length() + 1) {
            throw new IllegalArgumentException("need one source offset per character plus the end");
        }
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.lines = lines;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    /** The source offset of the character at {@code index} ({@code length()} gives the end). */
    public int sourceOffset(int index) {
        return sourceOffsets[index];
    }

    /** The source range of the logical characters {@code from} (inclusive) to {@code to} (exclusive). */
    public SourceRange range(int from, int to) {
        int start = sourceOffsets[from];
        int end = to > from ? sourceOffsets[to - 1] + 1 : start;
        return lines.range(start, end);
    }

    /** The whole text's source range. */
    public SourceRange range() {
        return range(0, text.length());
    }

    /** A part of this text, still mapped to the same source. */
    public LogicalText sub(int from, int to) {
        return new LogicalText(text.substring(from, to), Arrays.copyOfRange(sourceOffsets, from, to + 1), lines);
    }

    public LineIndex lines() {
        return lines;
    }

    @Override
    public String toString() {
        return text;
    }
}
