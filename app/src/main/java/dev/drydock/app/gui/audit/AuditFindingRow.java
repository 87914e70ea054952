package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;

import java.util.Comparator;

/** One finding of a container audit as the audit panel lists it. */
public record AuditFindingRow(Severity severity, String checkId, String cisItem, String message, String fix) {

    /** Errors first, then warnings and notes; within a severity by CIS item (5.4 before 5.10), then check id. */
    public static final Comparator<AuditFindingRow> BY_SEVERITY_THEN_CIS = Comparator
            .comparing(AuditFindingRow::severity)
            .thenComparing(AuditFindingRow::cisItem, AuditFindingRow::compareCisItems)
            .thenComparing(AuditFindingRow::checkId);

    private static final String FIX_MARK = "; fix: ";

    /** Splits the finding's "…; fix: remedy" message; the CIS item comes from the check's metadata. */
    public static AuditFindingRow of(Finding finding, ContainerAudit audit) {
        String text = finding.message();
        int mark = text.lastIndexOf(FIX_MARK);
        String message = mark < 0 ? text : text.substring(0, mark);
        String fix = mark < 0 ? "" : text.substring(mark + FIX_MARK.length());
        String cis = audit.find(finding.ruleId())
                .flatMap(check -> check.metadata().references().cisDockerBenchmark())
                .orElse("");
        return new AuditFindingRow(finding.severity(), finding.ruleId(), cis, message, fix);
    }

    /** Compares CIS items part by part as numbers ({@code 5.4} before {@code 5.10}); items without one go last. */
    static int compareCisItems(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(left.isEmpty(), right.isEmpty());
        }
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = comparePart(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException notANumber) {
            return a.compareTo(b);
        }
    }
}
