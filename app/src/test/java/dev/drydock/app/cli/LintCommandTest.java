package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock lint}, run in-process on files in a temporary folder (without ShellCheck on the PATH). */
class LintCommandTest {

    @TempDir
    Path temp;

    private LintWorkspace workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = LintWorkspace.in(temp);
    }

    @Test
    void terminalReportGivesIdAliasLineColumnAndFailsAtTheDefaultThreshold() {
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);

        CliRun run = workspace.run("lint", "Dockerfile", "--no-shellcheck");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Dockerfile:2:1 DD4000 [DL4000] error: ", "Dockerfile:3:5 DD3027 [DL3027] warning: ",
                "fix: Use apt-get instead of apt", "2 findings in 1 file").doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutAFileTheDockerfileOfTheWorkingFolderIsChecked() {
        workspace.write("Dockerfile", LintWorkspace.CLEAN);

        CliRun run = workspace.run("lint");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("No findings in 1 file.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif", "gitlab"})
    void jsonFormatsAreParseableAndNameTheRule(String format) throws Exception {
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);

        CliRun run = workspace.run("lint", "--format", format, "Dockerfile");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.toString()).contains("DD3027", "DD4000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        if (format.equals("sarif")) {
            assertThat(json.path("version").asText()).isEqualTo("2.1.0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkstyle", "junit", "CHECKSTYLE"})
    void xmlFormatsAreWellFormedAndNameTheRule(String format) throws Exception {
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);

        CliRun run = workspace.run("lint", "--format", format, "Dockerfile");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getTextContent() + run.out()).contains("DD3027");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void formatBeforeTheCommandChoosesJsonToo() throws Exception {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY);

        CliRun run = workspace.run("--format", "json", "lint", "Dockerfile");

        assertThat(new ObjectMapper().readTree(run.out()).toString()).contains("DD3027");
    }

    @ParameterizedTest
    @CsvSource({"error, 0", "warning, 1", "info, 1", "style, 1", "none, 0", "WARNING, 1"})
    void exitCodeFollowsTheFailureThreshold(String threshold, int exitCode) {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY);

        CliRun run = workspace.run("lint", "--failure-threshold", threshold, "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out()).contains("DD3027");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DD3027", "DL3027", "dl3027"})
    void ignoreLeavesARuleOutByIdOrHadolintCode(String code) {
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);

        CliRun run = workspace.run("lint", "--ignore", code, "--ignore", "DD4000", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("DD3027", "DD4000").contains("No findings");
    }

    @Test
    void configFileGivenWithConfigIgnoresRules() {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY);
        workspace.write("lint.yaml", "ignored:\n  - DL3027\n");

        CliRun run = workspace.run("lint", "--config", "lint.yaml", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("DD3027");
    }

    @Test
    void configFoundInTheWorkingFolderSetsTheThresholdAndNoFail() {
        workspace.write("Dockerfile", LintWorkspace.FIXABLE);
        workspace.write(".drydock.yaml", "no-fail: true\n");

        CliRun run = workspace.run("lint", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("DD4000", "DD3027");
    }

    @Test
    void standardInputIsReadForADash() {
        CliRun run = workspace.runWithInput(LintWorkspace.APT_ONLY, "lint", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("-:2:5 DD3027");
    }

    @Test
    void everyFileIsReportedAndNoShellCheckIsSaidOnce() {
        workspace.write("a.Dockerfile", LintWorkspace.APT_ONLY);
        workspace.write("b.Dockerfile", LintWorkspace.PINNED_FROM + "RUN echo hi\n" + LintWorkspace.QUIET_END);

        CliRun run = workspace.run("lint", "a.Dockerfile", "b.Dockerfile");

        assertThat(run.out()).contains("a.Dockerfile:2:5 DD3027", "1 finding in 2 files");
        assertThat(run.err()).isEqualTo("drydock: " + LinterSetup.SHELLCHECK_MISSING + System.lineSeparator());
        assertThat(workspace.run("lint", "--no-shellcheck", "a.Dockerfile").err()).isEmpty();
    }

    @Test
    void missingFileIsAnErrorWithAClearMessage() {
        CliRun run = workspace.run("lint", "nope.Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("drydock: cannot read nope.Dockerfile: no such file.")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(workspace.path("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xff, '\n'});

        CliRun run = workspace.run("lint", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Dockerfile is not UTF-8 text.");
    }

    @Test
    void malformedConfigIsAnErrorNamingTheFile() {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY);
        workspace.write("bad.yaml", "ignored: [DL3027\n");

        CliRun run = workspace.run("lint", "--config", "bad.yaml", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: ").contains("bad.yaml").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingConfigIsAnError() {
        workspace.write("Dockerfile", LintWorkspace.APT_ONLY);

        CliRun run = workspace.run("lint", "--config", "absent.yaml", "Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("absent.yaml");
    }

    @Test
    void unknownFormatOrThresholdIsAUsageErrorListingTheChoices() {
        CliRun format = workspace.run("lint", "--format", "table", "Dockerfile");
        CliRun threshold = workspace.run("lint", "--failure-threshold", "fatal", "Dockerfile");

        assertThat(format.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(format.err()).contains("tty, json, sarif, checkstyle, gitlab, junit", "See 'drydock lint --help'.");
        assertThat(threshold.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(threshold.err()).contains("error, warning, info, style, none");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun run = workspace.run("lint", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: drydock lint", "--format", "sarif", "--failure-threshold", "--ignore",
                "--config", "--no-color", "--no-shellcheck", "--pin-from-daemon", "--host", "--context", "Exit codes:");
    }
}
