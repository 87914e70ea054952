package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionViewModelTest {

    private static final DockerEndpoint SOCKET = DockerEndpoint.of("unix:///var/run/docker.sock", "default socket");
    private static final DaemonAccessException DOWN = new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN,
            "Nothing answers at /var/run/docker.sock.", "Start Docker, then retry.");

    private Instant now = Instant.parse("2024-05-01T10:00:00Z");
    private final ConnectionViewModel model = new ConnectionViewModel(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void whileReconnectingTheBannerSaysWhyAndCountsDown() {
        model.update(new ConnectionState(Status.RECONNECTING, SOCKET, null, DOWN, 2, Duration.ofSeconds(8)));

        assertThat(model.bannerShownProperty().get()).isTrue();
        assertThat(model.bannerMessageProperty().get()).isEqualTo("Nothing answers at /var/run/docker.sock.");
        assertThat(model.bannerAdviceProperty().get()).isEqualTo("Start Docker, then retry.");
        assertThat(model.retryTextProperty().get()).isEqualTo("Trying again in 8 s (attempt 3)");
        assertThat(model.endpointTextProperty().get()).isEqualTo("unix:///var/run/docker.sock (default socket)");

        now = now.plusSeconds(5);
        model.tick();
        assertThat(model.retryTextProperty().get()).isEqualTo("Trying again in 3 s (attempt 3)");
    }

    @Test
    void connectingHidesTheBannerAndNamesTheDaemon() {
        model.update(new ConnectionState(Status.OFFLINE, SOCKET, null, DOWN, 0, null));
        assertThat(model.bannerShownProperty().get()).isTrue();
        assertThat(model.retryTextProperty().get()).isEmpty();

        model.update(new ConnectionState(Status.CONNECTED, SOCKET, null, null, 0, null));
        assertThat(model.bannerShownProperty().get()).isFalse();
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(model.statusTextProperty().get()).startsWith("Connected");
    }

    @Test
    void retryNowRunsTheSessionsRetry() {
        AtomicInteger retries = new AtomicInteger();
        model.setRetryAction(retries::incrementAndGet);
        model.update(new ConnectionState(Status.RECONNECTING, SOCKET, null, DOWN, 0, Duration.ofSeconds(30)));
        model.retryNow();
        assertThat(retries.get()).isEqualTo(1);
        assertThat(model.retryTextProperty().get()).isEqualTo("Trying again now…");
    }
}
