package dev.drydock.core.fix;

import java.util.Objects;

/**
 * Replace the characters between two offsets (start inclusive, end exclusive, UTF-16 units) with
 * {@code newText}, as LSP's {@code TextEdit} does. An empty range inserts; empty text deletes.
 */
public record TextEdit(int startOffset, int endOffset, String newText) {

    public TextEdit {
        Objects.requireNonNull(newText, "newText");
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad edit range " + startOffset + ".." + endOffset);
        }
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, offset, text);
    }

    public static TextEdit replace(int startOffset, int endOffset, String text) {
        return new TextEdit(startOffset, endOffset, text);
    }

    public static TextEdit delete(int startOffset, int endOffset) {
        return new TextEdit(startOffset, endOffset, "");
    }

    /** Number of characters this edit removes. */
    public int deletedLength() {
        return endOffset - startOffset;
    }

    public boolean isInsert() {
        return startOffset == endOffset;
    }

    /**
     * True when the two edits cannot both apply: they replace shared characters, or one inserts
     * strictly inside what the other replaces. Edits that only touch (one ends where the other
     * starts) and inserts at the same offset do not overlap.
     */
    public boolean overlaps(TextEdit other) {
        if (isInsert() && other.isInsert()) {
            return false;
        }
        if (isInsert()) {
            return startOffset > other.startOffset && startOffset < other.endOffset;
        }
        if (other.isInsert()) {
            return other.overlaps(this);
        }
        return startOffset < other.endOffset && other.startOffset < endOffset;
    }
}
