package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.ShellCheckTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock lint} and {@code fix} with the real {@code shellcheck} on the PATH. */
@ShellCheckTest
class ShellCheckCliTest {

    private static final String UNQUOTED = LintWorkspace.PINNED_FROM + "ARG FOO\nRUN ls $FOO\n" + LintWorkspace.QUIET_END;

    @TempDir
    Path temp;

    private LintWorkspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = LintWorkspace.withShellCheck(temp);
        workspace.write("Dockerfile", UNQUOTED);
    }

    @Test
    void lintReportsShellCheckCodesAtTheirDockerfilePosition() {
        CliRun run = workspace.run("lint", "Dockerfile");

        assertThat(run.out()).contains("Dockerfile:3:8 SC2086 info: Double quote to prevent globbing and word splitting.",
                "fix (needs review): Apply ShellCheck's suggestion for SC2086");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void sarifDescribesShellCheckRules() throws Exception {
        CliRun run = workspace.run("lint", "--format", "sarif", "Dockerfile");

        JsonNode rules = new ObjectMapper().readTree(run.out()).path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules.toString()).contains("\"id\":\"SC2086\"");
    }

    @Test
    void noShellCheckTurnsItOff() {
        CliRun run = workspace.run("lint", "--no-shellcheck", "Dockerfile");

        assertThat(run.out()).doesNotContain("SC2086");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void needsReviewFixesWaitForTheFlag() {
        CliRun safeOnly = workspace.run("fix", "Dockerfile");
        CliRun all = workspace.run("fix", "--include-needs-review", "Dockerfile");

        assertThat(safeOnly.out()).isEqualTo(UNQUOTED);
        assertThat(safeOnly.err()).contains("Not applied, they need review (add --include-needs-review to apply them):",
                "Dockerfile:3:8 SC2086: Apply ShellCheck's suggestion for SC2086");
        assertThat(safeOnly.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(all.out()).isEqualTo(UNQUOTED.replace("ls $FOO", "ls \"$FOO\""));
        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void shellCheckPragmaSuppressesInTheCli() {
        workspace.write("Dockerfile", LintWorkspace.PINNED_FROM + "ARG FOO\n# hadolint ignore=SC2086\nRUN ls $FOO\n"
                + LintWorkspace.QUIET_END);

        CliRun run = workspace.run("lint", "Dockerfile");

        assertThat(run.out()).doesNotContain("SC2086");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }
}
