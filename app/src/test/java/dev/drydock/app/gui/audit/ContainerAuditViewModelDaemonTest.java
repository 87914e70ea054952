package dev.drydock.app.gui.audit;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.harden.HardeningKind;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit panel's model against the real daemon, driven the way the containers page drives it. */
@DaemonTest
class ContainerAuditViewModelDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;
    private ContainerAuditViewModel model;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        model = new ContainerAuditViewModel(UiTaskRunner.sameThread(), () -> daemon, new RecordingPrompts());
    }

    @AfterEach
    void disconnect() {
        daemon.close();
    }

    private String privilegedContainer() {
        return containers.create(TestImages.busybox(), cmd -> cmd.withHostConfig(
                HostConfig.newHostConfig().withPrivileged(true).withNetworkMode("none")));
    }

    @Test
    void selectingAPrivilegedContainerListsDc5005AndAHardenedRunWithoutPrivileged() {
        String id = privilegedContainer();

        model.show(id, "privileged-one");

        assertThat(model.auditedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.findings()).anySatisfy(row -> {
            assertThat(row.checkId()).isEqualTo("DC5005");
            assertThat(row.severity()).isEqualTo(Severity.ERROR);
            assertThat(row.cisItem()).isNotBlank();
            assertThat(row.fix()).isNotBlank();
            assertThat(row.message()).doesNotContain("; fix: ");
        });
        assertThat(model.countsProperty().get()).matches("\\d+ errors?.*");
        assertThat(model.scoreProperty().get()).matches("Score \\d+/100");
        assertThat(model.dockerRunProperty().get()).startsWith("docker run").doesNotContain("--privileged");
        assertThat(model.composeProperty().get()).doesNotContain("privileged: true");
        assertThat(model.kubernetesProperty().get()).doesNotContain("privileged: true");
        assertThat(model.options()).anySatisfy(option -> assertThat(option.fixes()).contains("DC5005"));
        assertThat(model.canAuditProperty().get()).isTrue();
    }

    @Test
    void switchingAnOptionReRendersTheAuditedContainersRunWithoutAnotherAudit() {
        model.show(privilegedContainer(), "privileged-one");
        daemon.close(); // a new audit round trip would fail from here on

        model.hardened().setEnabled(HardeningKind.NO_PRIVILEGED, false);

        assertThat(model.dockerRunProperty().get()).contains("--privileged");
        assertThat(model.hardened().unfixedProperty().get()).contains("DC5005");
        assertThat(model.auditedProperty().get()).isTrue();
        assertThat(model.findings()).extracting(AuditFindingRow::checkId).contains("DC5005");
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @Test
    void findingsComeErrorsFirstAndAHardenedContainerScoresAboveAPrivilegedOne() {
        model.show(privilegedContainer(), "privileged-one");
        assertThat(model.findings()).isSortedAccordingTo(AuditFindingRow.BY_SEVERITY_THEN_CIS);
        int privileged = score();

        model.show(AuditContainers.hardened(containers, "drydock-hardened-" + containers.runId()), "hardened-one");

        assertThat(model.findings()).isEmpty();
        assertThat(model.countsProperty().get()).startsWith("No findings");
        assertThat(score()).isEqualTo(100).isGreaterThan(privileged);
    }

    private int score() {
        return Integer.parseInt(model.scoreProperty().get().replaceAll("Score (\\d+)/100", "$1"));
    }

    @Test
    void offlineTheAuditIsUnavailableWithAReasonAndReconnectingAuditsAgain() {
        String id = privilegedContainer();
        model.show(id, "privileged-one");

        model.setOnline(false);

        assertThat(model.canAuditProperty().get()).isFalse();
        assertThat(model.findings()).isEmpty();
        assertThat(model.dockerRunProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo(ContainerAuditViewModel.OFFLINE_REASON);

        model.setOnline(true);

        assertThat(model.findings()).extracting(AuditFindingRow::checkId).contains("DC5005");
    }

    @Test
    void aContainerThatIsGoneGivesAReadableReasonInsteadOfFindings() {
        model.show("drydock-no-such-container-" + containers.runId(), "gone");

        assertThat(model.auditedProperty().get()).isFalse();
        assertThat(model.findings()).isEmpty();
        assertThat(model.statusProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(model.canAuditProperty().get()).isTrue();
    }
}
