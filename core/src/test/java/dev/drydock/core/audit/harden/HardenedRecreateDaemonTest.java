package dev.drydock.core.audit.harden;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Recreate hardened" on the real daemon: the new container next to the original, how it fared, and that
 * the original is never touched; only the container it created is ever removed.
 */
@DaemonTest
class HardenedRecreateDaemonTest {

    private static final Duration WATCH = Duration.ofSeconds(2);

    private final TestContainers containers = new TestContainers();
    private final ContainerAudit audit = ContainerAudit.standard();
    private DockerDaemon daemon;
    private HardenedRecreate recreate;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        recreate = new HardenedRecreate(daemon);
    }

    @AfterEach
    void cleanUp() {
        containers.close(); // the new containers carry the original's labels, the test run's among them
        daemon.close();
    }

    private String original(UnaryOperator<com.github.dockerjava.api.command.CreateContainerCmd> settings) {
        String name = "drydock-recreate-" + UUID.randomUUID().toString().substring(0, 8);
        return containers.create(TestImages.busybox(), cmd -> settings.apply(cmd.withName(name)));
    }

    private HardenedRunConfig harden(String id) {
        ContainerDetails details = daemon.inspectContainer(id);
        return new HardenedRunAdvisor().advise(details, audit.audit(details), List.of());
    }

    @Test
    void aRiskyContainerIsRecreatedRunningAndAuditsCleanWhileTheOriginalStaysAsItWas() {
        String id = original(cmd -> cmd.withCmd("sleep", "600").withHostConfig(HostConfig.newHostConfig()
                .withNetworkMode("none").withPrivileged(true).withCapAdd(Capability.SYS_ADMIN)
                .withSecurityOpts(List.of("seccomp=unconfined"))));
        HardenedRunConfig config = harden(id);

        RecreatePlan plan = recreate.plan(config, WATCH);
        assertThat(daemon.findContainer(id).orElseThrow().state()).as("planning changes nothing").isEqualTo("created");
        RecreateReport report = recreate.recreate(plan, CancellationToken.none(), ProgressListener.none());

        assertThat(report.outcome()).isEqualTo(RecreateOutcome.RUNNING);
        assertThat(report.removed()).isFalse();
        ContainerDetails hardened = daemon.inspectContainer(report.containerId());
        assertThat(hardened.name()).isEqualTo(plan.originalName() + "-hardened");
        assertThat(hardened.state().running()).isTrue();
        assertThat(hardened.config().labels()).containsEntry(HardenedContainerSpec.HARDENED_FROM_LABEL, id);
        assertThat(audit.audit(hardened).findings()).extracting(Finding::ruleId)
                .doesNotContainAnyElementsOf(config.fixedFindings());
        assertThat(config.fixedFindings()).contains("DC5005", "DC5022", "DC5013");
        ContainerDetails after = daemon.inspectContainer(id);
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.state().status()).isEqualTo("created");
        assertThat(after.host().privileged()).isTrue();
        assertThat(plan.steps()).anySatisfy(step -> assertThat(step).contains("never stopped or removed"));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("left as it is"));
    }

    @Test
    void aWorkloadThatExitsAtOnceIsReportedWithItsExitCode() {
        String id = original(cmd -> cmd.withCmd("sh", "-c", "echo starting; echo giving up >&2; false"));

        RecreateReport report = recreate.recreate(recreate.plan(harden(id), WATCH), CancellationToken.none(),
                ProgressListener.none());

        assertThat(report.outcome()).isEqualTo(RecreateOutcome.EXITED);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.ok()).isFalse();
        assertThat(report.logTail()).contains("starting", "giving up");
        assertThat(report.headline()).contains("exited with code 1");
        assertThat(daemon.findContainer(report.containerId())).as("left for inspection").isPresent();
    }

    @Test
    void aTakenNameGetsANumber() {
        String id = original(cmd -> cmd.withCmd("sleep", "600"));
        String taken = daemon.inspectContainer(id).name().replaceFirst("^/", "") + "-hardened";
        containers.create(TestImages.busybox(), cmd -> cmd.withName(taken));

        RecreatePlan plan = recreate.plan(harden(id), WATCH);

        assertThat(plan.newName()).isEqualTo(taken + "-2");
        assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning).contains(taken + " is taken"));
        RecreateReport report = recreate.recreate(plan, CancellationToken.none(), ProgressListener.none());
        assertThat(daemon.inspectContainer(report.containerId()).name()).isEqualTo(taken + "-2");
    }

    @Test
    void aHostPortTheRunningOriginalPublishesMovesToLoopbackWithAFreePort() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String id = original(cmd -> cmd.withCmd("sleep", "600").withExposedPorts(ExposedPort.tcp(8080))
                .withHostConfig(HostConfig.newHostConfig().withPortBindings(PortBinding.parse(port + ":8080"))));
        daemon.startContainer(id);
        String startedAt = daemon.inspectContainer(id).state().startedAt().toString();

        RecreatePlan plan = recreate.plan(harden(id), WATCH);
        RecreateReport report = recreate.recreate(plan, CancellationToken.none(), ProgressListener.none());

        assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning).contains("Host port " + port)
                .contains("published by " + plan.originalName())
                .contains("127.0.0.1"));
        assertThat(report.outcome()).isEqualTo(RecreateOutcome.RUNNING);
        PortMapping published = daemon.findContainer(report.containerId()).orElseThrow().ports().stream()
                .filter(PortMapping::published).findFirst().orElseThrow();
        assertThat(published.hostIp()).isEqualTo("127.0.0.1");
        assertThat(published.publicPort()).isNotEqualTo(port);
        ContainerDetails after = daemon.inspectContainer(id);
        assertThat(after.state().running()).isTrue();
        assertThat(after.state().startedAt().toString()).as("never restarted").isEqualTo(startedAt);
    }

    @Test
    void whenStartingFailsOnlyTheNewContainerIsRemoved() {
        String id = original(cmd -> cmd.withCmd("/no/such/program"));

        RecreateReport report = recreate.recreate(recreate.plan(harden(id), WATCH), CancellationToken.none(),
                ProgressListener.none());

        assertThat(report.outcome()).isEqualTo(RecreateOutcome.FAILED_TO_START);
        assertThat(report.daemonMessage()).contains("/no/such/program");
        assertThat(report.removed()).isTrue();
        assertThat(daemon.findContainer(report.containerId())).isEmpty();
        assertThat(daemon.findContainer(id)).isPresent();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("Removed " + report.plan().newName()));
    }

    @Test
    void cancellingWhileWatchingRemovesOnlyTheNewContainer() {
        String id = original(cmd -> cmd.withCmd("sleep", "600"));
        CancellationToken token = CancellationToken.create();
        ProgressListener cancelWhenWatching = (message, done, total) -> {
            if (message.startsWith("Watching")) {
                token.cancel();
            }
        };

        RecreateReport report = recreate.recreate(recreate.plan(harden(id), Duration.ofSeconds(30)), token,
                cancelWhenWatching);

        assertThat(report.outcome()).isEqualTo(RecreateOutcome.CANCELLED);
        assertThat(report.removed()).isTrue();
        assertThat(daemon.findContainer(report.containerId())).isEmpty();
        assertThat(daemon.findContainer(id)).isPresent();
    }

    @Test
    void anImageHealthCheckDecidesBetweenHealthyAndUnhealthy() {
        TestImage healthy = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("busybox-healthy"))
                .healthcheck("true", Duration.ofMillis(500)));
        TestImage failing = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("busybox-unhealthy"))
                .healthcheck("false", Duration.ofMillis(500)));
        String good = containers.create(healthy, cmd -> cmd.withCmd("sleep", "600"));
        String bad = containers.create(failing, cmd -> cmd.withCmd("sleep", "600"));

        RecreateReport goodReport = recreate.recreate(recreate.plan(harden(good), Duration.ofSeconds(4)),
                CancellationToken.none(), ProgressListener.none());
        RecreateReport badReport = recreate.recreate(recreate.plan(harden(bad), Duration.ofSeconds(10)),
                CancellationToken.none(), ProgressListener.none());

        assertThat(goodReport.outcome()).isEqualTo(RecreateOutcome.HEALTHY);
        assertThat(goodReport.ok()).isTrue();
        assertThat(badReport.outcome()).isEqualTo(RecreateOutcome.UNHEALTHY);
        assertThat(badReport.watched()).as("stops watching once unhealthy").isLessThan(Duration.ofSeconds(10));
        assertThat(badReport.ok()).isFalse();
    }

    @Test
    void restartsByTheRestartPolicyCountAsExited() {
        String id = original(cmd -> cmd.withCmd("sh", "-c", "sleep 0.3; exit 3")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
                        .withRestartPolicy(com.github.dockerjava.api.model.RestartPolicy.alwaysRestart())));

        RecreateReport report = recreate.recreate(recreate.plan(harden(id), Duration.ofSeconds(4)),
                CancellationToken.none(), ProgressListener.none());

        assertThat(report.outcome()).isEqualTo(RecreateOutcome.EXITED);
        assertThat(report.restarts()).isPositive();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.headline()).contains("was restarted");
    }
}
