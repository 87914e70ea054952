package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.testing.ExportValidators;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.SarifReport;
import dev.drydock.core.testing.ShellCheckTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ShellCheck findings, with their on-the-fly rules and needs-review fixes, make valid SARIF 2.1.0. */
@ShellCheckTest
class ShellCheckSarifTest {

    @Test
    void sarifWithShellCheckFindingsIsValidAgainstTheOfficialSchema() throws IOException {
        DockerfileLinter linter = DockerfileLinter.standard().withShellCheck(ShellCheck.onPath().orElseThrow());
        LintResult result = linter.lint("Dockerfile", "FROM busybox\nARG FOO\nRUN apt install -y curl && ls $FOO `pwd`\n",
                LintConfig.defaults());
        LintReport report = new LintReport("test", List.of(new FileFindings(result.file(), result.findings())), linter::metadata);

        String sarif = new SarifReport().render(report);

        assertThat(sarif).contains("\"SC2086\"", "\"SC2006\"", "\"DD3027\"", "artifactChanges");
        assertThat(ExportValidators.sarifSchemaErrors(sarif)).isEmpty();
    }
}
