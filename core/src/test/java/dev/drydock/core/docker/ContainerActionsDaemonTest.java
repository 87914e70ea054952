package dev.drydock.core.docker;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DaemonTest
class ContainerActionsDaemonTest {

    private static final Duration GRACE = Duration.ofSeconds(1);

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterEach
    void disconnect() {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void startStopRestartChangeTheState() {
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withCmd("sleep", "600"));
        assertThat(state(id).status()).isEqualTo("created");

        daemon.startContainer(id);
        ContainerDetails.ContainerState started = state(id);
        assertThat(started.running()).isTrue();
        assertThatCode(() -> daemon.startContainer(id)).as("starting a running container").doesNotThrowAnyException();

        daemon.stopContainer(id, GRACE);
        assertThat(state(id).status()).isEqualTo("exited");
        assertThatCode(() -> daemon.stopContainer(id, GRACE)).as("stopping a stopped container").doesNotThrowAnyException();

        daemon.restartContainer(id, GRACE);
        ContainerDetails.ContainerState restarted = state(id);
        assertThat(restarted.running()).isTrue();
        Instant firstStart = started.startedAt();
        assertThat(restarted.startedAt()).isAfter(firstStart);
    }

    @Test
    void removingARunningContainerNeedsForce() {
        String id = containers.createRunning(TestImages.busybox());
        assertThatThrownBy(() -> daemon.removeContainer(id, false))
                .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.getMessage()).contains("is running");
                    assertThat(e.advice()).contains("Stop it first");
                });
        daemon.removeContainer(id, true);
        assertThat(daemon.findContainer(id)).isEmpty();
    }

    @Test
    void removingAStoppedContainerNeedsNoForce() {
        String id = containers.create(TestImages.busybox());
        daemon.removeContainer(id, false);
        assertThat(daemon.findContainer(id)).isEmpty();
    }

    @Test
    void actionsOnMissingContainersAreNotFound() {
        assertThatThrownBy(() -> daemon.startContainer("drydock-no-such-container"))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        assertThatThrownBy(() -> daemon.removeContainer("drydock-no-such-container", true))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    private ContainerDetails.ContainerState state(String id) {
        return daemon.inspectContainer(id).state();
    }
}
