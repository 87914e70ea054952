package dev.drydock.app.gui.audit;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Recreate hardened" from the Audit tab against the real daemon: the plan is shown for confirmation
 * first; declined, nothing is created; agreed, the hardened copy runs next to the untouched original.
 */
@DaemonTest
class HardenedRecreationDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private final String name = "drydock-gui-recreate-" + UUID.randomUUID().toString().substring(0, 8);
    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterEach
    void removeCopyAndDisconnect() {
        copy().ifPresent(copy -> daemon.removeContainer(copy.id(), true));
        daemon.close();
    }

    @Test
    void declinedNothingIsCreatedAgreedTheCopyRunsAndTheOriginalIsUntouched() {
        String original = containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sleep", "600")
                .withHostConfig(HostConfig.newHostConfig().withPrivileged(true).withNetworkMode("none")));
        HardenedRunConfig config = hardened(original);
        RecordingPrompts prompts = new RecordingPrompts().answering(false, true);
        HardenedRecreation recreation = new HardenedRecreation(UiTaskRunner.sameThread(), () -> daemon, prompts);

        recreation.start(config);

        assertThat(prompts.asked).hasSize(1);
        assertThat(prompts.asked.get(0).question()).contains(name + "-hardened", "never stopped, changed or removed");
        assertThat(prompts.asked.get(0).details()).contains(name + "-hardened");
        assertThat(prompts.asked.get(0).action()).isEqualTo(HardenedRecreation.ACTION);
        assertThat(recreation.reportProperty().get()).startsWith("Nothing was created");
        assertThat(copy()).isEmpty();
        assertThat(recreation.busyProperty().get()).isFalse();

        recreation.start(config);

        assertThat(prompts.asked).hasSize(2);
        assertThat(recreation.busyProperty().get()).isFalse();
        assertThat(recreation.healthyProperty().get()).as(recreation.reportProperty().get()).isTrue();
        assertThat(recreation.reportProperty().get()).startsWith("Result:").contains(name + "-hardened");
        ContainerDetails copy = daemon.inspectContainer(copy().orElseThrow().id());
        assertThat(copy.state().running()).isTrue();
        assertThat(ContainerAudit.standard().audit(copy).findings()).extracting(Finding::ruleId)
                .doesNotContainAnyElementsOf(config.fixedFindings());
        ContainerDetails untouched = daemon.inspectContainer(original);
        assertThat(untouched.host().privileged()).isTrue();
        assertThat(untouched.state().running()).isFalse();
    }

    @Test
    void aLostConnectionIsAReportInWordsAndNothingIsAsked() {
        String original = containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sleep", "600"));
        HardenedRunConfig config = hardened(original);
        RecordingPrompts prompts = new RecordingPrompts().answering(true);
        HardenedRecreation recreation = new HardenedRecreation(UiTaskRunner.sameThread(), () -> {
            throw new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN, "The Docker daemon stopped answering.",
                    "Start it and connect again.");
        }, prompts);

        recreation.start(config);

        assertThat(prompts.asked).isEmpty();
        assertThat(recreation.busyProperty().get()).isFalse();
        assertThat(recreation.healthyProperty().get()).isFalse();
        assertThat(recreation.reportProperty().get()).startsWith("Could not plan the hardened copy of " + name)
                .contains("stopped answering", "Start it").doesNotContain("Exception");
        assertThat(copy()).isEmpty();
    }

    private HardenedRunConfig hardened(String id) {
        ContainerDetails details = daemon.inspectContainer(id);
        ContainerAuditResult audit = ContainerAudit.standard().audit(details);
        return new HardenedRunAdvisor().advise(details, audit, List.of());
    }

    private Optional<ContainerSummary> copy() {
        return daemon.listContainers().stream()
                .filter(container -> container.names().stream().anyMatch(n -> n.replaceFirst("^/", "").equals(name + "-hardened")))
                .findFirst();
    }
}
