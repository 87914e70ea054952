package dev.drydock.core.dockerfile;

/** A stretch of a Dockerfile's text: from {@code start} (inclusive) to {@code end} (exclusive). */
public record SourceRange(SourcePosition start, SourcePosition end) {

    public SourceRange {
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
        }
    }

    public int startOffset() {
        return start.offset();
    }

    public int endOffset() {
        return end.offset();
    }

    public int length() {
        return end.offset() - start.offset();
    }

    public boolean isEmpty() {
        return length() == 0;
    }

    /** Whether the character at {@code offset} lies inside this range. */
    public boolean contains(int offset) {
        return offset >= start.offset() && offset < end.offset();
    }

    /** Whether {@code other} lies wholly inside this range. */
    public boolean contains(SourceRange other) {
        return other.start.offset() >= start.offset() && other.end.offset() <= end.offset();
    }

    /** The text this range covers in {@code source}, the text it was taken from. */
    public String text(String source) {
        return source.substring(start.offset(), end.offset());
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
