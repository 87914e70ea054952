package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonProxy;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.PATIENCE;
import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.QUICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daemon goes away (the proxy in front of it is cut) and comes back. */
@DaemonTest
class LiveReconnectDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();
    private final LiveRecorder recorder = new LiveRecorder();
    private final DaemonProxy proxy = DaemonProxy.toTestDaemon();
    private LiveDaemonState live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
        proxy.close();
    }

    private void start(BackoffPolicy backoff) {
        live = new LiveDaemonState(DockerDaemons::open, proxy.endpoint(), backoff);
        live.addListener(recorder);
        live.start();
    }

    private boolean listed(String id) {
        return live.containers().stream().map(ContainerSummary::id).anyMatch(id::equals);
    }

    @Test
    void daemonThatGoesAwayIsReloadedCompletelyWhenItReturns() {
        start(QUICK);
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());

        proxy.cut();
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING, Problem.DAEMON_DOWN));
        ConnectionState lost = live.connectionState();
        assertThat(lost.attempt()).isPositive();
        assertThat(lost.nextRetry()).isLessThanOrEqualTo(QUICK.max());
        assertThat(lost.problem().getMessage()).isNotBlank();

        String createdWhileAway = containers.create(TestImages.busybox());
        assertThat(listed(createdWhileAway)).isFalse();

        proxy.restore();
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
        assertThat(listed(createdWhileAway)).isTrue();
        assertThat(recorder.containerResets()).as("initial load and reload after reconnecting").isEqualTo(2);
        assertThat(live.connectionState().attempt()).isZero();
    }

    @Test
    void eventsAreFollowedAgainAfterReconnecting() {
        start(QUICK);
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
        proxy.cut();
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING));
        proxy.restore();
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());

        String id = containers.create(TestImages.busybox());

        await().atMost(PATIENCE).until(() -> recorder.containerUpsertedIncrementally(id, "created"));
    }

    @Test
    void retryNowSkipsTheWait() {
        BackoffPolicy tenMinutes = new BackoffPolicy(Duration.ofMinutes(10), Duration.ofMinutes(10), 1);
        proxy.cut();
        start(tenMinutes);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING, Problem.DAEMON_DOWN));
        assertThat(live.connectionState().nextRetry()).isEqualTo(Duration.ofMinutes(10));

        proxy.restore();
        live.retryNow();

        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
    }

    @Test
    void closeEndsTheConnectionAndSaysOffline() {
        start(QUICK);
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
        assertThat(proxy.openConnections()).isPositive();

        live.close();

        assertThat(recorder.last()).isEqualTo(new ConnectionState(Status.OFFLINE, proxy.endpoint(), null, null, 0, Duration.ZERO));
        await().atMost(PATIENCE).until(() -> proxy.openConnections() == 0);
    }
}
