package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code drydock seccomp learn|verify} option handling: usage errors are caught before any daemon is asked. */
class SeccompCommandTest {

    private static final String NO_DAEMON = "unix:///nonexistent/docker.sock";

    @Test
    void seccompAloneAsksForACommand() {
        CliRun run = CliRun.of("seccomp");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Missing command", "learn", "verify");
    }

    @Test
    void helpDescribesLearningAndTheOptions() {
        CliRun run = CliRun.of("seccomp", "learn", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: drydock seccomp learn", "--cmd", "--exec-script", "--duration",
                "--network", "--helper-image", "--max-runs", "--output", "rate-limits", "SYSLOG");
    }

    @Test
    void cmdAndExecScriptExcludeEachOther() {
        CliRun run = CliRun.of("seccomp", "learn", "img", "--cmd", "true", "--exec-script", "x.sh", "-H", NO_DAEMON);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--cmd and --exec-script exclude each other").doesNotContain("Exception");
    }

    @Test
    void badDurationsAndRunLimitsAreUsageErrors() {
        assertThat(CliRun.of("seccomp", "learn", "img", "--duration", "5x", "-H", NO_DAEMON).err())
                .contains("30s, 2m or 1h");
        assertThat(CliRun.of("seccomp", "learn", "img", "--duration", "0", "-H", NO_DAEMON).exitCode())
                .isEqualTo(ExitCodes.ERROR);
        assertThat(CliRun.of("seccomp", "learn", "img", "--duration", "2h", "-H", NO_DAEMON).err())
                .contains("at most 1h");
        assertThat(CliRun.of("seccomp", "learn", "img", "--max-runs", "0", "-H", NO_DAEMON).err())
                .contains("--max-runs takes 1 to 50");
    }

    @Test
    void anUnclosedQuoteInCmdIsAUsageError() {
        CliRun run = CliRun.of("seccomp", "learn", "img", "--cmd", "sh -c 'echo", "-H", NO_DAEMON);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--cmd: unclosed single quote");
    }

    @Test
    void anEmptyOrUnreadableScriptIsExplained(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.sh"), "# nothing\n\n");

        CliRun emptyRun = CliRun.of("seccomp", "learn", "img", "--exec-script", empty.toString(), "-H", NO_DAEMON);
        CliRun missing = CliRun.of("seccomp", "learn", "img", "--exec-script", dir.resolve("no.sh").toString(),
                "-H", NO_DAEMON);

        assertThat(emptyRun.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(emptyRun.err()).contains("has no commands", "one shell command per line");
        assertThat(missing.err()).contains("cannot read the script");
    }

    @Test
    void verifyNeedsAReadableProfile(@TempDir Path dir) throws IOException {
        assertThat(CliRun.of("seccomp", "verify", "img", "-H", NO_DAEMON).err()).contains("--profile");
        CliRun missing = CliRun.of("seccomp", "verify", "img", "--profile", dir.resolve("p.json").toString(),
                "-H", NO_DAEMON);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"defaultAction\": ");
        CliRun bad = CliRun.of("seccomp", "verify", "img", "--profile", broken.toString(), "-H", NO_DAEMON);

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("does not exist").doesNotContain("Exception");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err()).contains("Docker's JSON format");
    }

    @Test
    void durationsTakeSecondsMinutesAndHours() {
        WorkloadOptions.DurationConverter converter = new WorkloadOptions.DurationConverter();

        assertThat(converter.convert("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> converter.convert("-3s")).hasMessageContaining("expected a time");
    }
}
