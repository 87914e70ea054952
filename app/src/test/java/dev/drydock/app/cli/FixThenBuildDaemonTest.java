package dev.drydock.app.cli;

import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Dockerfile fixed by {@code drydock fix --write} lints clean and still builds, meaning what it meant. */
@DaemonTest
class FixThenBuildDaemonTest {

    @TempDir
    Path temp;

    @Test
    void fixedDockerfileBuildsAgainstALocalBaseImageAndKeepsTheAuthor() {
        LintWorkspace workspace = LintWorkspace.in(temp);
        workspace.write("Dockerfile", "FROM " + TestImages.busybox().reference() + "\n"
                + "MAINTAINER someone@example.com\n"
                + "RUN echo built > /built.txt\n"
                + "USER 65534\nHEALTHCHECK NONE\n");

        CliRun fix = workspace.run("fix", "--write", "Dockerfile");
        CliRun lint = workspace.run("lint", "Dockerfile");

        // what is left is only informational: a locally loaded base image has no digest to pin (DD5007)
        assertThat(fix.exitCode()).isNotEqualTo(ExitCodes.ERROR);
        assertThat(lint.out()).doesNotContain("DD4000", "error", "warning");
        String tag = TestImages.uniqueTag("fixed");
        try {
            DockerCli.lines("build", "-q", "--network", "none", "--label", TestImages.RUN_LABEL + "=" + TestImages.RUN_ID,
                    "-t", tag, temp.toString());
            assertThat(DockerCli.lines("image", "inspect", "-f",
                    "{{index .Config.Labels \"org.opencontainers.image.authors\"}}", tag))
                    .containsExactly("someone@example.com");
        } finally {
            removeQuietly(tag);
        }
    }

    /** Cleans up without hiding why the test failed (when the build failed, there is nothing to remove). */
    private static void removeQuietly(String tag) {
        try {
            DockerCli.lines("image", "rm", "-f", tag);
        } catch (AssertionError nothingToRemove) {
            // the image was never built
        }
    }
}
