package dev.drydock.core.docker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiVersionTest {

    @Test
    void parsesAndComparesNumerically() {
        assertThat(ApiVersion.parse("1.41")).isEqualTo(new ApiVersion(1, 41));
        assertThat(ApiVersion.parse("1.9")).isLessThan(ApiVersion.parse("1.10"));
        assertThat(ApiVersion.parse("1.41").pathPrefix()).isEqualTo("/v1.41");
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        for (String text : new String[] {"", "1", "1.x", "latest", "1.2.3"}) {
            assertThatThrownBy(() -> ApiVersion.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void usesTheDaemonsVersionWhenItIsOlderThanOurs() {
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.41"), ApiVersion.parse("1.12"))).hasToString("1.41");
    }

    @Test
    void capsAtTheNewestVersionDockerJavaKnows() {
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.51"), ApiVersion.parse("1.24"))).hasToString("1.44");
    }

    @Test
    void neverGoesBelowWhatTheDaemonAccepts() {
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.52"), ApiVersion.parse("1.46"))).hasToString("1.46");
        assertThat(ApiVersion.negotiate(ApiVersion.parse("1.41"), null)).hasToString("1.41");
    }
}
