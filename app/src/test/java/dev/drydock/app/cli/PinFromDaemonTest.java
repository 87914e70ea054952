package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --pin-from-daemon} when no daemon answers: said once on stderr, and the run goes on with placeholders. */
class PinFromDaemonTest {

    /** Nothing listens on port 1 of the loopback interface. */
    private static final String NO_DAEMON = "tcp://127.0.0.1:1";

    @TempDir
    Path temp;

    @Test
    void lintSaysOnceThatTheDaemonCouldNotBeAskedAndStillReports() {
        LintWorkspace workspace = LintWorkspace.in(temp);
        workspace.write("a.Dockerfile", "FROM node:latest\nUSER 65534\nHEALTHCHECK NONE\n");
        workspace.write("b.Dockerfile", "FROM alpine:latest\nUSER 65534\nHEALTHCHECK NONE\n");

        CliRun run = workspace.run("lint", "--pin-from-daemon", "-H", NO_DAEMON, "a.Dockerfile", "b.Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("a.Dockerfile:1:11 DD3007", "b.Dockerfile:1:13 DD3007", "Pin to a version (placeholder");
        assertThat(run.err().split(DaemonBaseImages.UNREACHABLE, -1)).hasSize(2);
        assertThat(run.err()).contains("placeholder").doesNotContain("Exception", "\tat ");
    }

    @Test
    void fixGoesOnWithThePlaceholderOnlyWhenNeedsReviewIsIncluded() {
        LintWorkspace workspace = LintWorkspace.in(temp);
        workspace.write("Dockerfile", "FROM node:latest\nUSER 65534\nHEALTHCHECK NONE\n");

        CliRun safeOnly = workspace.run("fix", "--pin-from-daemon", "-H", NO_DAEMON, "Dockerfile");
        CliRun withReview = workspace.run("fix", "--pin-from-daemon", "-H", NO_DAEMON, "--include-needs-review", "Dockerfile");

        assertThat(safeOnly.exitCode()).isNotEqualTo(ExitCodes.ERROR);
        assertThat(safeOnly.out()).startsWith("FROM node:latest\n");
        assertThat(safeOnly.err()).contains(DaemonBaseImages.UNREACHABLE);
        assertThat(withReview.out()).startsWith("FROM node:<version>\n");
    }
}
