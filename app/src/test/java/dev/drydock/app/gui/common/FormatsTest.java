package dev.drydock.app.gui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void sizesReadLikeTheDockerCli() {
        assertThat(Formats.size(999)).isEqualTo("999 B");
        assertThat(Formats.size(1_980_000)).isEqualTo("1.98 MB");
        assertThat(Formats.size(72_800_000)).isEqualTo("72.8 MB");
        assertThat(Formats.size(1_234_000_000_000L)).isEqualTo("1.23 TB");
        assertThat(Formats.size(-1)).isEmpty();
    }

    @Test
    void errorsBecomeMessagesWithoutStackTraces() {
        UserMessage message = UserMessage.of("Could not start web", new IllegalStateException("boom"));
        assertThat(message.message()).isEqualTo("Something unexpected went wrong: boom");
        assertThat(message.advice()).isNotEmpty();
    }
}
