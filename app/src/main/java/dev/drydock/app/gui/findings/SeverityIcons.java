package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Severity;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.Node;

/** The icon and words for a severity, the same wherever findings are shown. */
public final class SeverityIcons {

    private SeverityIcons() {
    }

    /** A new icon for {@code severity}, styled {@code severity-icon severity-<id>}. */
    public static Node of(Severity severity) {
        Node icon = Glyphs.of(switch (severity) {
            case ERROR -> Glyph.ERROR;
            case WARNING -> Glyph.WARNING;
            case INFO -> Glyph.INFO;
            case STYLE, NONE -> Glyph.STYLE_HINT;
        });
        icon.getStyleClass().addAll("severity-icon", styleClass(severity));
        return icon;
    }

    /** {@code severity-error}, {@code severity-warning}… */
    public static String styleClass(Severity severity) {
        return "severity-" + severity.id();
    }

    /** {@code 1 error}, {@code 3 warnings}, {@code 2 info}, {@code 1 style}. */
    public static String count(int count, Severity severity) {
        boolean plural = count != 1 && (severity == Severity.ERROR || severity == Severity.WARNING);
        return count + " " + severity.id() + (plural ? "s" : "");
    }
}
