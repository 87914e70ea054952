package dev.drydock.core.dockerfile.highlight;

import java.util.Objects;

/** A stretch of text, from {@code start} (inclusive) to {@code end} (exclusive), and what it is. */
public record HighlightSpan(int start, int end, HighlightKind kind) {

    public HighlightSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The text this span covers in {@code source}. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
