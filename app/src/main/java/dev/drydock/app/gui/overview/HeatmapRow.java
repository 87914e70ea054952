package dev.drydock.app.gui.overview;

import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.vuln.VulnerabilitySeverity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One image in the heatmap: its vulnerability counts per severity once scanned and matched.
 *
 * @param name   how the image is named ({@code web:1.0}, or the short id of an untagged image)
 * @param counts active matches per severity ({@code UNKNOWN} includes {@code NONE}); empty until matched
 * @param note   {@code waiting}, {@code scanning…}, {@code could not scan: …}; empty once matched
 * @param scale  the largest count in the whole heatmap, which the strongest colour stands for
 */
public record HeatmapRow(ImageSummary image, String name, Map<VulnerabilitySeverity, Integer> counts, String note,
                         int scale) {

    public HeatmapRow {
        Objects.requireNonNull(image, "image");
        counts = Map.copyOf(counts);
        note = note == null ? "" : note;
    }

    static HeatmapRow waiting(ImageSummary image, String name) {
        return new HeatmapRow(image, name, Map.of(), "waiting", 0);
    }

    /** Counts from a report's {@code countsBySeverity()}, {@code NONE} folded into {@code UNKNOWN}. */
    static Map<VulnerabilitySeverity, Integer> folded(Map<VulnerabilitySeverity, Integer> bySeverity) {
        Map<VulnerabilitySeverity, Integer> counts = new EnumMap<>(VulnerabilitySeverity.class);
        bySeverity.forEach((severity, count) -> counts.merge(
                severity == VulnerabilitySeverity.NONE ? VulnerabilitySeverity.UNKNOWN : severity, count, Integer::sum));
        return counts;
    }

    public boolean matched() {
        return !counts.isEmpty();
    }

    /** The count of {@code severity}; -1 while the image is not matched yet. */
    public int count(VulnerabilitySeverity severity) {
        return matched() ? counts.getOrDefault(severity, 0) : -1;
    }

    /**
     * How strong the cell's colour is, 0..1: 0 for none, then growing with the logarithm of the count so
     * that 3 and 300 both stand out, 1 for the heatmap's largest count.
     */
    public double heat(VulnerabilitySeverity severity) {
        int count = count(severity);
        if (count <= 0 || scale <= 0) {
            return 0;
        }
        return 0.25 + 0.75 * Math.log1p(count) / Math.log1p(Math.max(scale, count));
    }

    HeatmapRow withScale(int newScale) {
        return new HeatmapRow(image, name, counts, note, newScale);
    }

    HeatmapRow withNote(String text) {
        return new HeatmapRow(image, name, counts, text, scale);
    }
}
