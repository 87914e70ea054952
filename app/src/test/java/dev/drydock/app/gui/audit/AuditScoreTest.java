package dev.drydock.app.gui.audit;

import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditScoreTest {

    private static AuditFindingRow row(Severity severity, String check) {
        return new AuditFindingRow(severity, check, "5.1", "message", "fix");
    }

    @Test
    void aContainerWithoutFindingsScoresFullMarks() {
        assertThat(AuditScore.score(List.of(), 30)).isEqualTo(100);
    }

    @Test
    void anErrorCostsFourSharesAWarningHalfAndANoteATenth() {
        assertThat(AuditScore.score(List.of(row(Severity.ERROR, "DC5005")), 20)).isEqualTo(80);
        assertThat(AuditScore.score(List.of(row(Severity.WARNING, "DC5011")), 20)).isEqualTo(98);
        assertThat(AuditScore.score(List.of(row(Severity.INFO, "DC5030")), 20)).isEqualTo(100);
        assertThat(AuditScore.score(List.of(row(Severity.INFO, "DC5030")), 5)).isEqualTo(98);
    }

    @Test
    void aCheckCostsOnlyForItsMostSeriousFinding() {
        List<AuditFindingRow> oneCheck = List.of(row(Severity.WARNING, "DC5006"), row(Severity.ERROR, "DC5006"),
                row(Severity.ERROR, "DC5006"));
        assertThat(AuditScore.score(oneCheck, 20)).isEqualTo(80);
    }

    @Test
    void moreErrorsScoreLowerAndTheScoreNeverGoesBelowZero() {
        List<AuditFindingRow> some = List.of(row(Severity.ERROR, "DC5005"), row(Severity.WARNING, "DC5011"));
        List<AuditFindingRow> more = List.of(row(Severity.ERROR, "DC5005"), row(Severity.ERROR, "DC5010"),
                row(Severity.WARNING, "DC5011"));
        assertThat(AuditScore.score(more, 30)).isLessThan(AuditScore.score(some, 30));
        assertThat(AuditScore.score(more, 2)).isZero();
    }

    @Test
    void whenNoCheckAppliesThereIsNothingToLose() {
        assertThat(AuditScore.score(List.of(), 0)).isEqualTo(100);
    }

    @Test
    void theScoreLineAndTheCountLineBothRead() {
        assertThat(AuditScore.scoreLine(62)).isEqualTo("Score 62/100");
        assertThat(AuditScore.counts(List.of(row(Severity.ERROR, "DC5005"), row(Severity.WARNING, "DC5011"),
                row(Severity.WARNING, "DC5029")), 2)).isEqualTo("1 error, 2 warnings (2 checks not applicable)");
        assertThat(AuditScore.counts(List.of(), 0)).isEqualTo("No findings");
    }
}
