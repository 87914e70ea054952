package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.testing.ShellCheckTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ShellCheck's findings, run by the real program, land on the Dockerfile text they are about. */
@ShellCheckTest
class ShellCheckMappingTest {

    private final DockerfileLinter linter = DockerfileLinter.standard().withShellCheck(ShellCheck.onPath().orElseThrow());

    @Test
    void findingOnAContinuedLineIsMappedToItsLineAndColumns() {
        String text = """
                FROM busybox
                ARG FOO
                RUN echo hello && \\
                    ls $FOO
                """;

        assertThat(at(text, "SC2086")).containsExactly("4:8-4:12 $FOO");
    }

    @Test
    void flagsOfRunAreNotPartOfTheScript() {
        String text = "FROM busybox\nARG FOO\nRUN --mount=type=cache,target=/var/cache --network=none ls $FOO\n";

        assertThat(at(text, "SC2086")).containsExactly("3:60-3:64 $FOO");
    }

    @Test
    void backtickEscapeContinuationsAreFollowed() {
        String text = """
                # escape=`
                FROM busybox
                ARG FOO
                RUN echo one && `
                    echo two && `
                    echo $FOO
                """;

        assertThat(at(text, "SC2086")).containsExactly("6:10-6:14 $FOO");
    }

    @Test
    void onbuildRunTriggerIsCheckedAndMappedToItsOwnText() {
        String text = "FROM busybox\nENV FOO=bar\nONBUILD RUN echo one && \\\n    ls $FOO\nRUN ls $FOO\n";

        assertThat(at(text, "SC2086")).containsExactly("4:8-4:12 $FOO", "5:8-5:12 $FOO");
    }

    @Test
    void onbuildRunTriggerFollowsTheShellOfItsStage() {
        String powershell = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "SHELL [\"powershell\", \"-Command\"]\nONBUILD RUN ls $FOO\n";
        String exec = "FROM busybox\nONBUILD RUN [\"ls\", \"$FOO\"]\n";

        assertThat(at(powershell, "SC2086")).isEmpty();
        assertThat(at(exec, "SC2086")).isEmpty();
    }

    @Test
    void heredocBodyIsCheckedAsTheScriptWithItsOwnLines() {
        String text = """
                FROM busybox
                RUN <<EOF
                echo start
                for f in $(ls); do echo "$f"; done
                EOF
                """;

        assertThat(at(text, "SC2045")).containsExactly("4:10-4:15 $(ls)");
    }

    @Test
    void heredocReadByBashIsCheckedAsBash() {
        String text = """
                FROM busybox
                RUN bash <<EOF
                [[ -n "$HOME" ]] && echo home
                EOF
                RUN <<EOF
                [[ -n "$HOME" ]] && echo home
                EOF
                """;

        assertThat(ids(text)).containsExactly("SC3010");
        assertThat(at(text, "SC3010")).singleElement().asString().startsWith("6:1-");
    }

    @Test
    void shellInstructionChoosesTheDialect() {
        String posix = "FROM busybox\nRUN [[ -n \"$HOME\" ]] && echo home\n";
        String bash = "FROM busybox\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN [[ -n \"$HOME\" ]] && echo home\n";

        assertThat(ids(posix)).containsExactly("SC3010");
        assertThat(ids(bash)).isEmpty();
    }

    @Test
    void execFormPowerShellAndPythonHeredocsAreNotChecked() {
        String text = """
                FROM busybox
                RUN ["sh", "-c", "ls $FOO"]
                RUN python3 <<EOF
                for f in $(ls): print(f)
                EOF
                SHELL ["pwsh", "-Command"]
                RUN for f in $(ls); do echo $f; done
                """;

        assertThat(ids(text)).isEmpty();
    }

    @Test
    void buildArgumentsAndEnvironmentCountAsAssigned() {
        String declared = "FROM busybox\nARG version\nENV target=/opt\nRUN echo \"$version\" \"$target\"\n";
        String undeclared = "FROM busybox\nRUN echo \"$version\"\n";

        assertThat(ids(declared)).isEmpty();
        assertThat(ids(undeclared)).containsExactly("SC2154");
    }

    @Test
    void pragmasSuppressShellCheckCodes() {
        String text = """
                FROM busybox
                ARG FOO
                # hadolint ignore=SC2086
                RUN ls $FOO
                # drydock ignore=SC2086
                RUN ls $FOO
                RUN ls $FOO
                """;

        LintResult result = lint(text);

        assertThat(lines(result.findingsOf("SC2086"))).containsExactly(7);
        assertThat(result.suppressed()).hasSize(2);
    }

    @Test
    void configIgnoresShellCheckCodesToo() {
        LintResult result = linter.lint("Dockerfile", "FROM busybox\nARG FOO\nRUN ls $FOO\n",
                LintConfig.defaults().withIgnoredRules(List.of("sc2086")));

        assertThat(result.findingsOf("SC2086")).isEmpty();
    }

    @Test
    void codesGetMetadataFromTheirFirstMessageAndLevel() {
        lint("FROM busybox\nARG FOO\nRUN ls $FOO\n");

        assertThat(linter.metadata("SC2086")).hasValueSatisfying(rule -> {
            assertThat(rule.title()).isEqualTo("Double quote to prevent globbing and word splitting");
            assertThat(rule.defaultSeverity()).isEqualTo(Severity.INFO);
            assertThat(rule.category()).isEqualTo(RuleCategory.RELIABILITY);
        });
    }

    private LintResult lint(String text) {
        return linter.lint("Dockerfile", text, LintConfig.defaults());
    }

    private List<String> ids(String text) {
        return lint(text).findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("SC")).toList();
    }

    /** The findings of {@code ruleId} as {@code line:col-line:col text}. */
    private List<String> at(String text, String ruleId) {
        return lint(text).findingsOf(ruleId).stream().map(finding -> {
            TextRange range = finding.textRange().orElseThrow();
            return range.startLine() + ":" + range.startColumn() + "-" + range.endLine() + ":" + range.endColumn()
                    + " " + text.substring(range.startOffset(), range.endOffset());
        }).toList();
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.textRange().orElseThrow().startLine()).toList();
    }
}
