package dev.drydock.app.gui.audit;

import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a container's audit reads at a glance: a count line ("3 errors, 2 warnings") and a score out of
 * 100 that can be compared between containers.
 *
 * <p>The score: every check that applies to the container is worth the same share of 100 points. A
 * check that found something loses according to its most serious finding: a note costs a tenth of
 * its share, a warning half of it, an error four shares (one error weighs as much as eight warnings:
 * an error is an escape route, a warning a missing safety net).
 * {@code score = round(100 × (1 − Σ penalty / applicable checks))}, never below 0, with penalty 4 for
 * an error, 0.5 for a warning and 0.1 for a note. Checks that do not apply (e.g. AppArmor on a daemon
 * without it) neither count nor cost. A container that every check passes scores 100; with 25
 * applicable checks, one error costs 16 points and one warning 2; a container left as
 * {@code docker run --privileged} made it scores about 75.
 */
public final class AuditScore {

    /** What a check loses for its most serious finding, in shares of one check. */
    static final double ERROR_PENALTY = 4.0;
    static final double WARNING_PENALTY = 0.5;
    static final double NOTE_PENALTY = 0.1;

    private AuditScore() {
    }

    /** The count line: "3 errors, 2 warnings (2 checks not applicable)", or "No findings". */
    public static String counts(List<AuditFindingRow> findings, int notApplicable) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(row -> counts.merge(row.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((severity, count) -> parts.add(count + " " + noun(severity, count)));
        String line = parts.isEmpty() ? "No findings" : String.join(", ", parts);
        return notApplicable == 0 ? line : line + " (" + notApplicable + " checks not applicable)";
    }

    /** The score from 0 to 100 (see the class comment); 100 when no check applies. */
    public static int score(List<AuditFindingRow> findings, int applicableChecks) {
        if (applicableChecks <= 0) {
            return 100;
        }
        Map<String, Severity> worst = new HashMap<>();
        findings.forEach(row -> worst.merge(row.checkId(), row.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        double penalty = worst.values().stream().mapToDouble(AuditScore::penalty).sum();
        return (int) Math.max(0, Math.round(100 * (1 - penalty / applicableChecks)));
    }

    /** {@code Score 62/100}. */
    public static String scoreLine(int score) {
        return "Score " + score + "/100";
    }

    private static double penalty(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_PENALTY;
            case WARNING -> WARNING_PENALTY;
            case INFO -> NOTE_PENALTY;
            case STYLE, NONE -> 0;
        };
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
