package dev.drydock.app.gui.audit;

import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFindingOrderTest {

    private static AuditFindingRow row(Severity severity, String check, String cis) {
        return new AuditFindingRow(severity, check, cis, "message", "fix");
    }

    @Test
    void errorsComeFirstThenWarningsThenNotesEachByCisItemAsNumbers() {
        List<AuditFindingRow> rows = List.of(
                row(Severity.INFO, "DC5102", ""),
                row(Severity.WARNING, "DC5029", "5.29"),
                row(Severity.ERROR, "DC5010", "5.10"),
                row(Severity.WARNING, "DC5011", "5.11"),
                row(Severity.ERROR, "DC5005", "5.5"),
                row(Severity.WARNING, "DC5101", ""),
                row(Severity.ERROR, "DC5004", "5.4"));

        List<String> sorted = rows.stream().sorted(AuditFindingRow.BY_SEVERITY_THEN_CIS).map(AuditFindingRow::checkId).toList();

        assertThat(sorted).containsExactly("DC5004", "DC5005", "DC5010", "DC5011", "DC5029", "DC5101", "DC5102");
    }

    @Test
    void theSummaryOfARealAuditListsItsFindingsInThatOrder() {
        PrivilegedContainer container = new PrivilegedContainer();
        AuditSummary summary = AuditSummary.of(container.result, dev.drydock.core.audit.container.ContainerAudit.standard());

        assertThat(summary.findings()).isSortedAccordingTo(AuditFindingRow.BY_SEVERITY_THEN_CIS);
        assertThat(summary.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(summary.errors() + summary.warnings() + summary.notes()).isEqualTo(summary.findings().size());
    }
}
