package dev.drydock.app.gui.findings;

/** What happened to one row of a side-by-side diff. */
public enum LineChange {
    /** The same line on both sides. */
    UNCHANGED,
    /** The old line was replaced by the new one. */
    CHANGED,
    /** Only the new side has this line. */
    INSERTED,
    /** Only the old side has this line. */
    DELETED
}
