package dev.drydock.core.audit.harden;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running container writes {@code /var/lib/app/data} (in a {@code /var/lib} its image has) and
 * {@code /tmp/x}; its {@code docker diff} gives exactly {@code /var/lib/app} and {@code /tmp}, and with
 * those as tmpfs the same workload keeps running on a read-only root filesystem as a non-root user.
 */
@DaemonTest
class WritablePathObserverDaemonTest {

    private static final String WRITES = "mkdir -p /var/lib/app && echo data > /var/lib/app/data && echo x > /tmp/x"
            + " && echo written && sleep 600";

    private final TestContainers containers = new TestContainers();

    @AfterEach
    void cleanUp() {
        containers.close();
    }

    @Test
    void theDirectoriesItWroteGetATmpfsAndTheHardenedWorkloadRunsWithThem() {
        TestImage image = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("busybox-var"))
                .layer(LayerBuilder.create().directory("var", 0755).directory("var/lib", 0755), "mkdir /var/lib"));
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            String id = containers.createRunning(image, cmd -> cmd.withCmd("sh", "-c", WRITES));
            await().atMost(Duration.ofSeconds(10)).until(() -> daemon.containerLogTail(id, 1).contains("written"));
            ContainerDetails details = daemon.inspectContainer(id);

            WritablePathObservation seen = new WritablePathObserver().observe(daemon, details);

            assertThat(seen.directories()).containsExactly("/tmp", "/var/lib/app");
            assertThat(seen.reasoning()).anySatisfy(line -> assertThat(line)
                    .isEqualTo("/var/lib/app: seen written by the running container: /var/lib/app/data."));
            HardenedRunConfig config = new HardenedRunAdvisor().advise(details,
                    ContainerAudit.standard().audit(details), seen.directories());
            HardenedRecreate recreate = new HardenedRecreate(daemon);
            RecreateReport report = recreate.recreate(recreate.plan(config, Duration.ofSeconds(2)),
                    CancellationToken.none(), ProgressListener.none());
            assertThat(report.outcome()).as(report.describe()).isEqualTo(RecreateOutcome.RUNNING);
            ContainerDetails hardened = daemon.inspectContainer(report.containerId());
            assertThat(hardened.host().readonlyRootfs()).isTrue();
            assertThat(hardened.config().user()).isEqualTo(HardenedRunAdvisor.DEFAULT_USER);
            assertThat(report.logTail()).contains("written");
            assertThat(List.copyOf(hardened.host().binds())).isEmpty();
        }
    }
}
