package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import dev.drydock.core.docker.DockerDaemons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.PATIENCE;
import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.QUICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Connections that cannot work, through the real gateway where it can say so without a daemon
 * (ssh, missing TLS files, a missing socket), and through a failing connector for the problems a
 * root test process cannot provoke (permission denied, an old API).
 */
class LiveOfflineTest {

    private static final DockerEndpoint NO_SOCKET = DockerEndpoint.of("unix:///nonexistent/drydock-test.sock", "test");

    private final LiveRecorder recorder = new LiveRecorder();
    private final AtomicInteger attempts = new AtomicInteger();
    private LiveDaemonState live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void start(DockerEndpoint endpoint, DaemonConnector connector) {
        live = new LiveDaemonState(e -> {
            attempts.incrementAndGet();
            return connector.open(e);
        }, endpoint, QUICK);
        live.addListener(recorder);
        live.start();
    }

    private static DaemonConnector failingWith(Problem problem) {
        return endpoint -> {
            throw new DaemonAccessException(problem, "Pretend " + problem, "Pretend advice.");
        };
    }

    @Test
    void sshEndpointIsOfflineWithBadEndpoint() {
        start(DockerEndpoint.of("ssh://me@build-box", "test"), DockerDaemons::open);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.OFFLINE, Problem.BAD_ENDPOINT));
        assertThat(live.connectionState().problem().explain()).contains("ssh://me@build-box");
        assertThat(live.connectionState().attempt()).isZero();
    }

    @Test
    void missingTlsFilesAreOfflineWithTlsFailure(@TempDir Path emptyCertFolder) {
        start(new DockerEndpoint("tcp://127.0.0.1:2376", true, emptyCertFolder, null, "test"), DockerDaemons::open);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.OFFLINE, Problem.TLS_FAILURE));
    }

    @ParameterizedTest
    @EnumSource(value = Problem.class, names = {"PERMISSION_DENIED", "BAD_ENDPOINT", "API_TOO_OLD", "TLS_FAILURE"})
    void problemsThatStayLeaveItOffline(Problem problem) {
        start(NO_SOCKET, failingWith(problem));
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.OFFLINE, problem));
    }

    @ParameterizedTest
    @EnumSource(value = Problem.class, names = {"DAEMON_DOWN", "TIMEOUT", "DAEMON_ERROR"})
    void problemsThatMayPassAreRetried(Problem problem) {
        start(NO_SOCKET, failingWith(problem));
        await().atMost(PATIENCE).until(() -> attempts.get() >= 3);
        assertThat(recorder.states).extracting(ConnectionState::status).contains(Status.RECONNECTING).doesNotContain(Status.OFFLINE);
    }

    @Test
    void offlineStaysUntilRetryNow() {
        start(NO_SOCKET, failingWith(Problem.PERMISSION_DENIED));
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.OFFLINE));
        int offlineAnnouncements = recorder.states.size();

        live.retryNow();

        await().atMost(PATIENCE).until(() -> attempts.get() == 2 && recorder.states.size() > offlineAnnouncements + 1
                && recorder.lastIs(Status.OFFLINE));
        assertThat(recorder.states.subList(offlineAnnouncements, recorder.states.size()))
                .extracting(ConnectionState::status).containsExactly(Status.CONNECTING, Status.OFFLINE);
    }

    @Test
    void missingSocketIsRetriedWithGrowingWaits() {
        start(NO_SOCKET, DockerDaemons::open);
        await().atMost(PATIENCE).until(() -> attempts.get() >= 5);

        List<ConnectionState> waits = recorder.states.stream()
                .filter(s -> s.status() == Status.RECONNECTING && !s.nextRetry().isZero()).collect(Collectors.toList());
        assertThat(waits).hasSizeGreaterThanOrEqualTo(4).allSatisfy(s -> {
            assertThat(s.problem().problem()).isEqualTo(Problem.DAEMON_DOWN);
            assertThat(s.nextRetry()).isEqualTo(QUICK.delayBefore(s.attempt()));
        });
        assertThat(waits).extracting(ConnectionState::attempt).startsWith(1, 2, 3, 4);
    }

    @Test
    void switchingAwayFromAnOfflineEndpointTriesTheNewOne() {
        start(DockerEndpoint.of("ssh://me@build-box", "test"), DockerDaemons::open);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.OFFLINE));

        live.switchEndpoint(NO_SOCKET);

        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING, Problem.DAEMON_DOWN));
        assertThat(live.endpoint()).isEqualTo(NO_SOCKET);
    }

    @Test
    void closeStopsRetryingAndEndsOffline() {
        start(NO_SOCKET, DockerDaemons::open);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING));

        live.close();

        assertThat(recorder.last()).isEqualTo(new ConnectionState(Status.OFFLINE, NO_SOCKET, null, null, 0, Duration.ZERO));
        int attemptsAtClose = attempts.get();
        live.retryNow();
        assertThat(attempts.get()).isEqualTo(attemptsAtClose);
    }

    @Test
    void notStartedIsOfflineAndClosesQuietly() {
        LiveDaemonState idle = new LiveDaemonState(DockerDaemons::open, NO_SOCKET, QUICK);
        assertThat(idle.connectionState().status()).isEqualTo(Status.OFFLINE);
        idle.close();
        idle.start();
        assertThat(idle.connectionState().status()).isEqualTo(Status.OFFLINE);
    }
}
