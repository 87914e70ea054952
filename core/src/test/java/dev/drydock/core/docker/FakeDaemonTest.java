package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSubscription;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Daemon behaviour the local daemon cannot show: other API versions, a stream that breaks. */
@SuppressWarnings("try") // event subscriptions are opened only to be closed by their try
class FakeDaemonTest {

    @Test
    void refusesDaemonsOlderThanApi124() throws Exception {
        try (FakeDaemon fake = new FakeDaemon().answer("/version", FakeDaemon.version("1.23", "1.12"));
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            assertThatThrownBy(daemon::info).isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.API_TOO_OLD);
                assertThat(e.getMessage()).contains("1.23").contains("1.24");
                assertThat(e.advice()).contains("Upgrade Docker");
            });
        }
    }

    @Test
    void aListBeforeNegotiatingRefusesOldDaemonsByTheirApiVersionHeader() throws Exception {
        try (FakeDaemon fake = new FakeDaemon().handle("/containers/json", exchange -> {
                    exchange.getResponseHeaders().set("Api-Version", "1.23");
                    FakeDaemon.json(exchange, 200, "[]");
                });
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            assertThatThrownBy(daemon::listContainers).isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.API_TOO_OLD);
                assertThat(e.getMessage()).contains("1.23").contains("1.24");
            });
        }
    }

    @Test
    void listsGoToTheUnversionedPathUntilNegotiatedThenToTheNegotiatedOne() throws Exception {
        String row = "[{\"Id\":\"%s\",\"Names\":[\"/web\"],\"Created\":1700000000,\"Labels\":null}]";
        try (FakeDaemon fake = new FakeDaemon().answer("/version", FakeDaemon.version("1.51", "1.24"))
                .answer("/v1.44/info", "{\"ServerVersion\":\"99.0.0\"}")
                .handle("/containers/json", exchange -> {
                    exchange.getResponseHeaders().set("Api-Version", "1.51");
                    FakeDaemon.json(exchange, 200, row.formatted("unversioned"));
                })
                .answer("/v1.44/containers/json", row.formatted("versioned"));
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            assertThat(daemon.listContainers()).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo("unversioned");
                assertThat(c.names()).containsExactly("web");
                assertThat(c.labels()).isEmpty();
            });
            assertThat(daemon.info().usedApiVersion()).isEqualTo("1.44");
            assertThat(daemon.listContainers()).singleElement().extracting(c -> c.id()).isEqualTo("versioned");
        }
    }

    @Test
    void speaksTheNewestKnownVersionWithNewerDaemons() throws Exception {
        try (FakeDaemon fake = new FakeDaemon().answer("/version", FakeDaemon.version("1.51", "1.24"))
                .answer("/v1.44/info", "{\"ServerVersion\":\"99.0.0\",\"Containers\":0}");
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            DaemonInfo info = daemon.info();
            assertThat(info.apiVersion()).isEqualTo("1.51");
            assertThat(info.usedApiVersion()).isEqualTo("1.44");
            assertThat(info.serverVersion()).isEqualTo("99.0.0");
        }
    }

    @Test
    void answersThatAreNotAnApiVersionAreReported() throws Exception {
        try (FakeDaemon fake = new FakeDaemon().answer("/version", "{\"ApiVersion\":\"latest\"}");
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            assertThatThrownBy(daemon::info).isInstanceOfSatisfying(DaemonAccessException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.DAEMON_ERROR));
        }
    }

    @Test
    void aBrokenEventStreamIsReportedAsConnectionLost() throws Exception {
        String event = "{\"Type\":\"container\",\"Action\":\"start\",\"Actor\":{\"ID\":\"abc\",\"Attributes\":"
                + "{\"name\":\"web\"}},\"time\":1700000000,\"timeNano\":1700000000123456789}\n";
        try (FakeDaemon fake = new FakeDaemon().answer("/version", FakeDaemon.version("1.41", "1.12"))
                .handle("/v1.41/events", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    exchange.close();
                });
             DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            RecordingSink sink = new RecordingSink();
            try (EventSubscription ignored = daemon.subscribeEvents(null, sink)) {
                assertThat(sink.awaitClosed()).isTrue();
            }
            assertThat(sink.events).hasSize(1);
            assertThat(sink.events.get(0).actorId()).isEqualTo("abc");
            assertThat(sink.events.get(0).attributes()).containsEntry("name", "web");
            assertThat(sink.events.get(0).time().getNano()).isEqualTo(123456789);
            assertThat(sink.closedWith.get()).isNotNull();
            assertThat(sink.closedWith.get().problem()).isEqualTo(Problem.DAEMON_DOWN);
            assertThat(sink.closedWith.get().connectionLost()).isTrue();
            assertThat(sink.closedCalls.get()).isEqualTo(1);
        }
    }

    @Test
    void aDaemonThatDiesWhileStreamingIsReported() throws Exception {
        FakeDaemon fake = new FakeDaemon().answer("/version", FakeDaemon.version("1.41", "1.12"));
        java.util.concurrent.CountDownLatch streaming = new java.util.concurrent.CountDownLatch(1);
        fake.handle("/v1.41/events", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().flush();
            streaming.countDown();
        });
        try (DockerDaemon daemon = DockerDaemons.open(fake.endpoint())) {
            RecordingSink sink = new RecordingSink();
            try (EventSubscription ignored = daemon.subscribeEvents(null, sink)) {
                assertThat(sink.awaitOpened()).isTrue();
                assertThat(streaming.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                fake.close();
                assertThat(sink.awaitClosed()).isTrue();
            }
            assertThat(sink.closedWith.get()).isNotNull();
            assertThat(sink.closedWith.get().problem()).isEqualTo(Problem.DAEMON_DOWN);
        }
    }
}
