package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When no daemon can be reached the CLI says so in words, exits with 2, and hides stack traces. */
class ConnectionErrorTest {

    static final String NOWHERE = "unix:///nonexistent.sock";

    @ParameterizedTest
    @ValueSource(strings = {"info", "images", "containers"})
    void missingSocketIsExitTwoWithMessageAndAdvice(String command) {
        CliRun run = CliRun.of(command, "-H", NOWHERE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("drydock: ")
                .contains(NOWHERE, "address from the --host option", "--host or --context")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void debugAddsTheTechnicalCause() {
        CliRun run = CliRun.of("--debug", "containers", "-H", NOWHERE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("DaemonAccessException", "\tat ");
    }

    @Test
    void unusableAddressIsExitTwo() {
        CliRun run = CliRun.of("containers", "-H", "ftp://example.invalid");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: ").contains("ftp").doesNotContain("\tat ");
    }

    @Test
    void hostAndContextTogetherAreAUsageError() {
        CliRun run = CliRun.of("containers", "-H", NOWHERE, "--context", "default");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("either specify --host or --context");
    }
}
