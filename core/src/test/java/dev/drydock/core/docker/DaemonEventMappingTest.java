package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonEventMappingTest {

    @Test
    void mapsTypeActionActorAndNanosecondTime() throws Exception {
        DaemonEvent event = EventStream.toEvent(Json.MAPPER.readTree("{\"Type\":\"container\",\"Action\":"
                + "\"exec_start: sh -c true\",\"Actor\":{\"ID\":\"abc\",\"Attributes\":{\"name\":\"web\"}},"
                + "\"scope\":\"local\",\"time\":1700000000,\"timeNano\":1700000000000000042}"));
        assertThat(event.type()).isEqualTo("container");
        assertThat(event.baseAction()).isEqualTo("exec_start");
        assertThat(event.actorId()).isEqualTo("abc");
        assertThat(event.attributes()).containsEntry("name", "web");
        assertThat(event.time()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 42));
    }

    @Test
    void toleratesMissingParts() throws Exception {
        DaemonEvent event = EventStream.toEvent(Json.MAPPER.readTree("{\"Type\":\"daemon\",\"Action\":\"reload\",\"time\":5}"));
        assertThat(event.actorId()).isEmpty();
        assertThat(event.attributes()).isEmpty();
        assertThat(event.time()).isEqualTo(Instant.ofEpochSecond(5));
    }
}
