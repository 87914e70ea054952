package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Severity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many findings there are of each severity, for the header of the findings panel. */
public record SeverityCounts(int errors, int warnings, int infos, int styles) {

    public static final SeverityCounts NONE = new SeverityCounts(0, 0, 0, 0);

    public static SeverityCounts of(Collection<FindingRow> rows) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (FindingRow row : rows) {
            counts.merge(row.severity(), 1, Integer::sum);
        }
        return new SeverityCounts(counts.getOrDefault(Severity.ERROR, 0), counts.getOrDefault(Severity.WARNING, 0),
                counts.getOrDefault(Severity.INFO, 0), counts.getOrDefault(Severity.STYLE, 0));
    }

    /** The count of one severity ({@link Severity#NONE} has none). */
    public int of(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
            case STYLE -> styles;
            case NONE -> 0;
        };
    }

    public int total() {
        return errors + warnings + infos + styles;
    }
}
