package dev.drydock.core.lint.shellcheck;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import dev.drydock.core.report.FileFindings;
import dev.drydock.core.report.LintReport;
import dev.drydock.core.report.SarifReport;
import dev.drydock.core.testing.ShellCheckTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
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
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
        }
    }
}
