package dev.drydock.core.testing;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static dev.drydock.core.testing.DaemonRequirement.Outcome.FAIL;
import static dev.drydock.core.testing.DaemonRequirement.Outcome.RUN;
import static dev.drydock.core.testing.DaemonRequirement.Outcome.SKIP;
import static org.assertj.core.api.Assertions.assertThat;

class DaemonRequirementTest {

    @Test
    void runsWhenTheDaemonAnswersRequiredOrNot() {
        assertThat(DaemonRequirement.decide(true, false)).isEqualTo(RUN);
        assertThat(DaemonRequirement.decide(true, true)).isEqualTo(RUN);
    }

    @Test
    void skipsWithoutDaemonWhenNotRequired() {
        assertThat(DaemonRequirement.decide(false, false)).isEqualTo(SKIP);
    }

    @Test
    void failsWithoutDaemonWhenRequired() {
        assertThat(DaemonRequirement.decide(false, true)).isEqualTo(FAIL);
    }

    @Test
    void systemPropertyRequiresTheDaemon() {
        assertThat(DaemonRequirement.required(properties("true"), Map.of())).isTrue();
        assertThat(DaemonRequirement.required(properties("TRUE "), Map.of())).isTrue();
    }

    @Test
    void environmentVariableRequiresTheDaemon() {
        assertThat(DaemonRequirement.required(new Properties(), Map.of("DRYDOCK_REQUIRE_DAEMON", "true"))).isTrue();
    }

    @Test
    void anythingElseDoesNotRequireIt() {
        assertThat(DaemonRequirement.required(new Properties(), Map.of())).isFalse();
        assertThat(DaemonRequirement.required(properties("false"), Map.of("DRYDOCK_REQUIRE_DAEMON", "0"))).isFalse();
        assertThat(DaemonRequirement.required(properties(""), Map.of("DRYDOCK_REQUIRE_DAEMON", "yes"))).isFalse();
    }

    private static Properties properties(String value) {
        Properties properties = new Properties();
        properties.setProperty("drydock.requireDaemon", value);
        return properties;
    }
}
