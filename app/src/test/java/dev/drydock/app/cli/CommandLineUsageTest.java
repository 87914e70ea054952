package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line answers before any daemon is involved. */
class CommandLineUsageTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("info", "images", "containers", "lint", "fix", "db", "--db", "--host", "--context", "--format",
                "Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void subCommandHelpDocumentsTheJsonShape() {
        CliRun run = CliRun.of("containers", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: drydock containers", "JSON output:", "imageId", "labels",
                "--no-trunc", "--host");
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("drydock ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHintAndNoStackTrace() {
        CliRun run = CliRun.of("containers", "--bogus");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Unknown option: '--bogus'", "See 'drydock containers --help'.")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("images", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--format", "table, json");
    }

    @Test
    void listingFormatIsCheckedBeforeTheCommandToo() {
        CliRun run = CliRun.of("--format", "sarif", "images");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--format", "table, json");
    }

    @Test
    void optionsWithoutACommandAskForOne() {
        CliRun run = CliRun.of("-H", "unix:///var/run/docker.sock");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Missing command", "containers");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("frobnicate");
    }
}
