package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.daemon.DaemonAudit;
import dev.drydock.core.audit.daemon.DaemonAuditInput;
import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.audit.daemon.DaemonFinding;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's daemon and host audit against the real daemon's own report. */
@DaemonTest
class DaemonAuditViewModelDaemonTest {

    private final DaemonAuditViewModel model = new DaemonAuditViewModel(UiTaskRunner.sameThread());

    private static DaemonInfo info() {
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            return daemon.info();
        }
    }

    @Test
    void aConnectedDaemonsFindingsAreListedMostSeriousFirstWithTheCheckCounts() {
        DaemonInfo info = info();
        DaemonAuditReport expected = DaemonAudit.standard().run(new DaemonAuditInput(info, TestDocker.endpoint()));

        model.show(info, TestDocker.endpoint());

        assertThat(model.auditedProperty().get()).isTrue();
        assertThat(model.findings()).extracting(DaemonFinding::checkId)
                .containsExactlyInAnyOrderElementsOf(expected.findings().stream().map(DaemonFinding::checkId).toList());
        assertThat(model.findings()).extracting(DaemonFinding::severity).isSorted();
        assertThat(model.findings()).allSatisfy(finding -> {
            assertThat(finding.title()).isNotBlank();
            assertThat(finding.explanation()).isNotBlank();
        });
        long passed = expected.results().stream()
                .filter(result -> result.status() == dev.drydock.core.audit.daemon.DaemonCheckResult.Status.PASSED).count();
        assertThat(model.summaryProperty().get()).contains(passed + (passed == 1 ? " check passed" : " checks passed"))
                .contains("not applicable");
    }

    @Test
    void thisDaemonHasProblemsToShow() {
        // The test daemon runs without user namespace remapping, so at least DH2001-style findings appear.
        model.show(info(), TestDocker.endpoint());

        assertThat(model.findings()).isNotEmpty();
        assertThat(model.summaryProperty().get()).matches("\\d+ problems?; .*");
    }

    @Test
    void offlineItSaysThatItNeedsADaemonAndForgetsTheLastFindings() {
        model.show(info(), TestDocker.endpoint());

        model.show(null, null);

        assertThat(model.findings()).isEmpty();
        assertThat(model.auditedProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo(DaemonAuditViewModel.OFFLINE).contains("Not connected");
    }
}
