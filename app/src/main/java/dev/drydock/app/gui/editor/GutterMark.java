package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Severity;

/** What the gutter shows beside one line: the most serious finding's severity, and a light-bulb when fixes exist. */
public record GutterMark(Severity severity, boolean fixable) {

    /** The mark for both findings of this one and {@code other} on the same line. */
    GutterMark with(Severity otherSeverity, boolean otherFixable) {
        Severity worst = otherSeverity.isAtLeast(severity) ? otherSeverity : severity;
        return new GutterMark(worst, fixable || otherFixable);
    }
}
