package dev.drydock.app.gui.editor;

/**
 * Where a series of edits left new text, in the coordinates of the text after the last one: the
 * union of every inserted stretch, carried through the later edits. Empty ({@code from == to}) after
 * pure deletions.
 */
public record EditRange(int from, int to) {

    /** No edit yet. */
    public static EditRange none() {
        return new EditRange(Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    public boolean isNone() {
        return from > to;
    }

    /** This range after one more edit: {@code removed} characters at {@code position} replaced by {@code inserted}. */
    public EditRange then(int position, int removed, int inserted) {
        int delta = inserted - removed;
        int start = position;
        int end = position + inserted;
        if (!isNone()) {
            int oldFrom = from;
            int oldTo = to;
            if (oldFrom >= position + removed) {
                oldFrom += delta;
                oldTo += delta;
            } else if (oldTo > position) {
                oldTo = Math.max(position + inserted, oldTo + delta);
            }
            start = Math.min(start, oldFrom);
            end = Math.max(end, oldTo);
        }
        return new EditRange(start, end);
    }
}
