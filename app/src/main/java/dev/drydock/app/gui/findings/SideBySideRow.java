package dev.drydock.app.gui.findings;

import java.util.Objects;

/**
 * One row of a side-by-side diff: the old line and the new line with their 1-based numbers; a side
 * without a line (an insert's old side, a delete's new side) has number 0 and empty text. Texts are
 * shown without their line end.
 */
public record SideBySideRow(LineChange change, int oldNumber, String oldText, int newNumber, String newText) {

    public SideBySideRow {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
    }

    public boolean hasOldLine() {
        return oldNumber > 0;
    }

    public boolean hasNewLine() {
        return newNumber > 0;
    }
}
