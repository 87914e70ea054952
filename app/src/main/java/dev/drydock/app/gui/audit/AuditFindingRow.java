package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;

/** One finding of a container audit as the audit panel lists it. */
public record AuditFindingRow(Severity severity, String checkId, String cisItem, String message, String fix) {

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
}
