package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Finding;

/** A finding and where its range is now in the edited text (it moves as the user types). */
public record MarkedFinding(Finding finding, int start, int end) {

    /** Whether the caret at {@code offset} touches the range (its end included, so a caret just after a word counts). */
    boolean touches(int offset) {
        return offset >= start && offset <= end;
    }

    /** Whether the character at {@code offset} lies in the range. */
    boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
