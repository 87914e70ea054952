package dev.drydock.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock fix}, run in-process on files in a temporary folder (without ShellCheck on the PATH). */
class FixCommandTest {

    private static final String FIXED = LintWorkspace.FIXABLE
            .replace("MAINTAINER someone@example.com", "LABEL org.opencontainers.image.authors=\"someone@example.com\"")
            .replace("RUN apt install", "RUN apt-get install");

    @TempDir
    Path temp;

    private LintWorkspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = LintWorkspace.in(temp);
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);
    }

    @Test
    void printsTheFixedTextAndLeavesTheFileAlone() {
        CliRun run = workspace.run("fix", "Dockerfile");

        assertThat(run.out()).isEqualTo(FIXED);
        assertThat(workspace.read("Dockerfile")).isEqualTo(LintWorkspace.FIXABLE);
        assertThat(run.err()).contains("Applied 2 fixes", "Dockerfile:2:1 DD4000: Replace MAINTAINER with an authors label",
                "Dockerfile:3:5 DD3027: Use apt-get instead of apt", "No findings left.");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void diffShowsTheChangedLines() {
        CliRun run = workspace.run("fix", "--diff", "Dockerfile");

        assertThat(run.out()).startsWith("--- a/Dockerfile\n+++ b/Dockerfile\n")
                .contains("-MAINTAINER someone@example.com\n", "-RUN apt install -y --no-install-recommends",
                        "+RUN apt-get install -y --no-install-recommends");
        assertThat(workspace.read("Dockerfile")).isEqualTo(LintWorkspace.FIXABLE);
    }

    @Test
    void writeReplacesTheFileKeepingItsPermissionsAndItLintsClean() throws IOException {
        Path file = workspace.path("Dockerfile");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        CliRun run = workspace.run("fix", "--write", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Fixed Dockerfile with 2 fixes:");
        assertThat(workspace.read("Dockerfile")).isEqualTo(FIXED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("Dockerfile.drydock-fix")
                    .noneMatch(name -> name.endsWith(".drydock-fix"));
        }
        CliRun lint = workspace.run("lint", "Dockerfile");
        assertThat(lint.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lint.out()).doesNotContain("DD3027", "DD4000");
    }

    @Test
    void writeFollowsASymbolicLinkToTheRealFile() throws IOException {
        Path link = Files.createSymbolicLink(workspace.path("link.Dockerfile"), workspace.path("Dockerfile"));

        workspace.run("fix", "--write", "link.Dockerfile");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(workspace.read("Dockerfile")).isEqualTo(FIXED);
    }

    @Test
    void findingsWithoutAFixAreLeftAndDecideTheExitCode() {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY + "RUNN echo typo\n");

        CliRun run = workspace.run("fix", "Dockerfile");

        assertThat(run.out()).isEqualTo(LintWorkspace.APT_ONLY.replace("RUN apt install", "RUN apt-get install") + "RUNN echo typo\n");
        assertThat(run.err()).contains("1 finding left; 'drydock lint Dockerfile' lists them.");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(workspace.run("fix", "--failure-threshold", "none", "Dockerfile").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void ignoredRulesAreNotFixed() {
        CliRun run = workspace.run("fix", "--ignore", "DL4000", "Dockerfile");

        assertThat(run.out()).isEqualTo(LintWorkspace.FIXABLE.replace("RUN apt install", "RUN apt-get install"));
    }

    @Test
    void cleanFileIsPrintedUnchanged() {
        workspace.write("Dockerfile", LintWorkspace.CLEAN);

        CliRun run = workspace.run("fix", "--diff", "Dockerfile");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("No fix applied to Dockerfile.", "No findings left.");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void standardInputIsFixedToStandardOutput() {
        CliRun run = workspace.runWithInput(LintWorkspace.FIXABLE, "fix", "-");

        assertThat(run.out()).isEqualTo(FIXED);
    }

    @Test
    void writeAndDiffTogetherOrWritingStandardInputAreUsageErrors() {
        CliRun both = workspace.run("fix", "--write", "--diff", "Dockerfile");
        CliRun stdin = workspace.run("fix", "--write", "-");

        assertThat(both.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(both.err()).contains("either --write or --diff");
        assertThat(stdin.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(stdin.err()).contains("standard input cannot be written back");
        assertThat(workspace.read("Dockerfile")).isEqualTo(LintWorkspace.FIXABLE);
    }

    @Test
    void missingFileIsAnError() {
        CliRun run = workspace.run("fix", "--write", "absent");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("cannot read absent: no such file.");
    }
}
