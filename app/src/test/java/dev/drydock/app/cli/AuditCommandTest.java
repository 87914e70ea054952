package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock audit} without a daemon: usage errors and an unreachable daemon, said in words. */
class AuditCommandTest {

    static final String NOWHERE = "unix:///nonexistent.sock";

    @ParameterizedTest
    @ValueSource(strings = {"containers", "daemon"})
    void unreachableDaemonIsExitTwoWithMessageAndAdvice(String command) {
        CliRun run = CliRun.of("audit", command, "-H", NOWHERE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("drydock: ").contains(NOWHERE, "--host or --context")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void auditWithoutACommandAsksForOne() {
        CliRun run = CliRun.of("audit");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Missing command", "containers", "daemon");
    }

    @Test
    void namesAndAllTogetherAreAUsageError() {
        CliRun run = CliRun.of("audit", "containers", "--all", "web", "-H", NOWHERE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--all");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("audit", "containers", "--format", "checkstyle");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--format", "tty, json, sarif");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("audit", "containers", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: drydock audit containers", "--all", "--failure-threshold", "CIS", "Exit codes:");
    }
}
