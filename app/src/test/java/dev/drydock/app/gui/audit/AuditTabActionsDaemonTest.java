package dev.drydock.app.gui.audit;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.harden.HardeningKind;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Audit tab's actions against the real daemon: "Observe writes" turns what the container wrote into
 * tmpfs mounts of the hardened run, and "Recreate hardened…" starts the copy with the user's switches.
 */
@DaemonTest
class AuditTabActionsDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private final String name = "drydock-audit-actions-" + UUID.randomUUID().toString().substring(0, 8);
    private final RecordingPrompts prompts = new RecordingPrompts();
    private DockerDaemon daemon;
    private ContainerAuditViewModel model;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        model = new ContainerAuditViewModel(UiTaskRunner.sameThread(), () -> daemon, prompts);
    }

    @AfterEach
    void removeCopyAndDisconnect() {
        daemon.listContainers().stream()
                .filter(c -> c.names().stream().anyMatch(n -> n.replaceFirst("^/", "").startsWith(name + "-hardened")))
                .forEach(c -> daemon.removeContainer(c.id(), true));
        daemon.close();
    }

    @Test
    void observeWritesGivesTheWrittenDirectoryATmpfsAndSaysWhy() {
        String id = containers.createRunning(TestImages.busybox(), cmd -> cmd.withName(name)
                .withCmd("sh", "-c", "mkdir -p /etc/app && echo x > /etc/app/data && sleep 600")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")));
        await().atMost(Duration.ofSeconds(10)).until(() -> daemon.containerChanges(id).stream()
                .anyMatch(change -> change.path().equals("/etc/app/data")));
        model.show(id, name);
        assertThat(model.dockerRunProperty().get()).doesNotContain("--tmpfs /etc/app");

        model.observeWrites();

        assertThat(model.observingProperty().get()).isFalse();
        assertThat(model.observationProperty().get()).contains("/etc/app", "/etc/app/data");
        assertThat(model.dockerRunProperty().get()).contains("--tmpfs /etc/app", "--tmpfs /tmp", "--read-only");
    }

    @Test
    void recreateHardenedUsesTheSwitchedOptionsAfterConfirmation() {
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withName(name).withCmd("sleep", "600")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")));
        model.show(id, name);
        model.hardened().setEnabled(HardeningKind.MEMORY_LIMIT, false);
        prompts.answering(true);

        model.recreateHardened();

        assertThat(prompts.asked).singleElement().satisfies(asked -> assertThat(asked.details()).contains(name + "-hardened"));
        assertThat(model.recreation().healthyProperty().get()).as(model.recreation().reportProperty().get()).isTrue();
        String copyId = daemon.listContainers().stream()
                .filter(c -> c.names().stream().anyMatch(n -> n.replaceFirst("^/", "").equals(name + "-hardened")))
                .findFirst().orElseThrow().id();
        ContainerDetails copy = daemon.inspectContainer(copyId);
        assertThat(copy.host().readonlyRootfs()).isTrue();
        assertThat(copy.host().memoryBytes()).as("the memory limit was switched off").isZero();
        assertThat(copy.host().pidsLimit()).isPositive();

        model.show(null, null);
        assertThat(model.recreation().reportProperty().get()).isEmpty();
    }
}
