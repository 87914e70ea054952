package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * One container's audit in numbers, for tables that compare containers: the {@link AuditScore score}
 * and how many findings of each severity, with the rows sorted errors first.
 */
public record AuditSummary(List<AuditFindingRow> findings, int score, int errors, int warnings, int notes,
                           int notApplicable) {

    public AuditSummary {
        findings = List.copyOf(findings);
    }

    public static AuditSummary of(ContainerAuditResult result, ContainerAudit audit) {
        List<AuditFindingRow> rows = result.findings().stream().map(finding -> AuditFindingRow.of(finding, audit))
                .sorted(AuditFindingRow.BY_SEVERITY_THEN_CIS).toList();
        int notApplicable = result.notApplicable().size();
        int applicable = audit.checks().size() - notApplicable;
        return new AuditSummary(rows, AuditScore.score(rows, applicable), count(rows, Severity.ERROR),
                count(rows, Severity.WARNING), count(rows, Severity.INFO), notApplicable);
    }

    /** The count line, e.g. {@code 3 errors, 2 warnings (2 checks not applicable)}. */
    public String countLine() {
        return AuditScore.counts(findings, notApplicable);
    }

    /** {@code Score 62/100}. */
    public String scoreLine() {
        return AuditScore.scoreLine(score);
    }

    private static int count(List<AuditFindingRow> rows, Severity severity) {
        return (int) rows.stream().filter(row -> row.severity() == severity).count();
    }
}
