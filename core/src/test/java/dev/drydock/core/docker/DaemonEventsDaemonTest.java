package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSubscription;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
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
import static org.awaitility.Awaitility.await;

@SuppressWarnings("try") // event subscriptions are opened only to be closed by their try
@DaemonTest
class DaemonEventsDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        TestImages.busybox();
        daemon = DockerDaemons.open(endpoint());
    }

    @AfterEach
    void disconnect() {
        if (daemon != null) {
            daemon.close();
        }
    }

    /** The daemon to read from; the same tests run over tcp in a subclass. */
    DockerEndpoint endpoint() {
        return TestDocker.endpoint();
    }

    @Test
    void deliversAContainersLifeInOrderOnOneThread() throws Exception {
        RecordingSink sink = new RecordingSink();
        try (EventSubscription ignored = daemon.subscribeEvents(null, sink)) {
            assertThat(sink.awaitOpened()).as("stream opened").isTrue();
            String id = containers.createRunning(TestImages.busybox());
            TestDocker.client().removeContainerCmd(id).withForce(true).exec();

            await().atMost(Duration.ofSeconds(10)).until(() -> sink.actionsFor(id).contains("destroy"));
            assertThat(sink.actionsFor(id)).containsSubsequence("create", "start", "destroy");
            DaemonEvent create = sink.events.stream().filter(e -> e.actorId().equals(id)).findFirst().orElseThrow();
            assertThat(create.isContainer()).isTrue();
            assertThat(create.attributes()).containsEntry(TestImages.RUN_LABEL, containers.runId())
                    .containsEntry("image", TestImages.busybox().reference());
            assertThat(create.time()).isBefore(Instant.now().plusSeconds(5));
            assertThat(sink.threads).containsOnly(sink.threads.get(0));
        }
        assertThat(sink.awaitClosed()).isTrue();
        assertThat(sink.closedWith.get()).as("closed on purpose").isNull();
        assertThat(sink.closedCalls.get()).isEqualTo(1);
    }

    @Test
    void replaysEventsSinceAGivenTime() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String id = containers.create(TestImages.busybox());
        RecordingSink sink = new RecordingSink();
        try (EventSubscription ignored = daemon.subscribeEvents(before, sink)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.actionsFor(id).contains("create"));
        }
        assertThat(sink.awaitClosed()).isTrue();
        assertThat(sink.closedWith.get()).isNull();
    }

    @Test
    void closingAnIdleStreamEndsItPromptly() throws Exception {
        RecordingSink sink = new RecordingSink();
        EventSubscription subscription = daemon.subscribeEvents(null, sink);
        assertThat(sink.awaitOpened()).isTrue();
        subscription.close();
        assertThat(sink.closed.getCount()).as("close() waits until the sink heard of it").isZero();
        assertThat(sink.closedWith.get()).isNull();
        subscription.close();
        assertThat(sink.closedCalls.get()).isEqualTo(1);
    }

    @Test
    void closingTheDaemonClosesItsStreams() throws Exception {
        RecordingSink sink = new RecordingSink();
        daemon.subscribeEvents(null, sink);
        assertThat(sink.awaitOpened()).isTrue();
        daemon.close();
        assertThat(sink.awaitClosed()).isTrue();
        assertThat(sink.closedWith.get()).isNull();
    }
}
