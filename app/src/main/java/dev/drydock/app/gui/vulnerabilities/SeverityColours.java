package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.Objects;

/** The colour of each vulnerability severity, the same in the Vulnerabilities tab and the overview's heatmap. */
public final class SeverityColours {

    private static final String SHEET = Objects.requireNonNull(SeverityColours.class.getResource(
            "/dev/drydock/app/gui/vulnerabilities.css"), "vulnerabilities.css is missing").toExternalForm();

    private SeverityColours() {
    }

    /** The stylesheet of the vulnerability views; each adds it to its own root, so it needs no global registration. */
    public static String stylesheet() {
        return SHEET;
    }

    /** {@code vuln-critical}, {@code vuln-high}…; {@code NONE} looks like {@code UNKNOWN}. */
    public static String styleClass(VulnerabilitySeverity severity) {
        VulnerabilitySeverity shown = severity == VulnerabilitySeverity.NONE ? VulnerabilitySeverity.UNKNOWN : severity;
        return "vuln-" + shown.name().toLowerCase(Locale.ROOT);
    }

    /** {@code Critical}, {@code High}… */
    public static String title(VulnerabilitySeverity severity) {
        String name = severity.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The severity's colour at {@code strength} (0..1) as an inline style, for heatmap cells: the
     * same colours as {@code vulnerabilities.css}.
     */
    public static String heatStyle(VulnerabilitySeverity severity, double strength) {
        int[] rgb = switch (severity) {
            case CRITICAL -> new int[] {179, 38, 30};
            case HIGH -> new int[] {217, 72, 15};
            case MEDIUM -> new int[] {201, 151, 0};
            case LOW -> new int[] {47, 111, 214};
            case NONE, UNKNOWN -> new int[] {125, 133, 144};
        };
        double alpha = Math.max(0, Math.min(1, strength));
        String text = alpha > 0.55 ? "white" : "-dd-ink";
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%d, %d, %d, %.2f); -fx-text-fill: %s;",
                rgb[0], rgb[1], rgb[2], alpha, text);
    }

    /** A small square in the severity's colour. */
    public static Region swatch(VulnerabilitySeverity severity) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("vuln-swatch", styleClass(severity));
        swatch.setMinSize(10, 10);
        swatch.setPrefSize(10, 10);
        swatch.setMaxSize(10, 10);
        return swatch;
    }

    /** The severity's word on a pill in its colour, for table cells. */
    public static Label badge(VulnerabilitySeverity severity) {
        Label badge = new Label(severity.name());
        badge.getStyleClass().addAll("vuln-badge", styleClass(severity));
        return badge;
    }
}
