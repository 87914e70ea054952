package dev.drydock.app.gui.seccomp;

/** Turns a 1-based line and column (as problems give them) into an offset in the text, for the caret. */
public final class TextPositions {

    private TextPositions() {
    }

    /** The offset of {@code line}:{@code column}, clamped to the line's end and to the text. */
    public static int offset(String text, int line, int column) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return text.length();
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(start + Math.max(0, column - 1), lineEnd);
    }
}
