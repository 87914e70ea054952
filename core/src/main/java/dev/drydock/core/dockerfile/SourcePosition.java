package dev.drydock.core.dockerfile;

/**
 * A place in a Dockerfile. {@code offset} is the 0-based UTF-16 index into the text; {@code line} and
 * {@code column} are 1-based, the way editors, Docker and Hadolint show them (the column counts UTF-16
 * units from the start of the line).
 */
public record SourcePosition(int offset, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position " + offset + " " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourcePosition other) {
        return Integer.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
