package dev.drydock.app.gui.audit;

import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The count line of an audit: "3 errors, 2 warnings", or "No findings". */
public final class AuditScore {

    private AuditScore() {
    }

    public static String of(List<AuditFindingRow> findings, int notApplicable) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(row -> counts.merge(row.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((severity, count) -> parts.add(count + " " + noun(severity, count)));
        String line = parts.isEmpty() ? "No findings" : String.join(", ", parts);
        return notApplicable == 0 ? line : line + " (" + notApplicable + " checks not applicable)";
    }

    private static String noun(Severity severity, int count) {
        String name = switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case STYLE -> "style issue";
            case NONE -> "other finding";
        };
        return count == 1 ? name : name + "s";
    }
}
