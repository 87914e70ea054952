package dev.drydock.core.dockerfile.highlight;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.SourceRange;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind per character of the text, painted in layers (a later paint wins), then read back as
 * sorted, non-overlapping spans. Painting through a {@link LogicalText} paints only the characters
 * Docker reads, so escape characters, line breaks and comment lines between continued lines keep
 * whatever their own layer gives them.
 */
final class KindCanvas {

    private static final HighlightKind[] KINDS = HighlightKind.values();

    private final byte[] kinds;

    KindCanvas(int length) {
        this.kinds = new byte[length];
    }

    int length() {
        return kinds.length;
    }

    void paint(int start, int end, HighlightKind kind) {
        byte value = (byte) (kind.ordinal() + 1);
        int to = Math.min(end, kinds.length);
        for (int i = Math.max(0, start); i < to; i++) {
            kinds[i] = value;
        }
    }

    void paint(SourceRange range, HighlightKind kind) {
        paint(range.startOffset(), range.endOffset(), kind);
    }

    /** Paints the source characters of the logical characters {@code from} to {@code to} (exclusive). */
    void paint(LogicalText text, int from, int to, HighlightKind kind) {
        byte value = (byte) (kind.ordinal() + 1);
        for (int i = from; i < to; i++) {
            int offset = text.sourceOffset(i);
            if (offset < kinds.length) {
                kinds[offset] = value;
            }
        }
    }

    List<HighlightSpan> spans() {
        List<HighlightSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < kinds.length) {
            byte value = kinds[i];
            int start = i;
            while (i < kinds.length && kinds[i] == value) {
                i++;
            }
            if (value != 0) {
                spans.add(new HighlightSpan(start, i, KINDS[value - 1]));
            }
        }
        return spans;
    }
}
