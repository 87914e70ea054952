package dev.drydock.core.lint.shellcheck;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.testing.ShellCheckTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ShellCheck's own suggestions become needs-review fixes that apply to the Dockerfile. */
@ShellCheckTest
class ShellCheckFixesTest {

    private final DockerfileLinter linter = DockerfileLinter.standard().withShellCheck(ShellCheck.onPath().orElseThrow());

    @Test
    void quotingSuggestionOnAContinuedLineIsAppliedWhereTheVariableIsWritten() {
        String text = "FROM busybox\nARG FOO\nRUN echo hello && \\\n    ls $FOO\n";

        Fix fix = onlyFix(text, "SC2086");

        assertThat(fix.safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        assertThat(fix.title()).isEqualTo("Apply ShellCheck's suggestion for SC2086");
        assertThat(new FixApplier().apply(text, fix)).isEqualTo("FROM busybox\nARG FOO\nRUN echo hello && \\\n    ls \"$FOO\"\n");
    }

    @Test
    void backticksBecomeDollarParenthesesInAHeredocScript() {
        String text = "FROM busybox\nRUN <<EOF\necho `date`\nEOF\n";

        String fixed = new FixApplier().apply(text, onlyFix(text, "SC2006"));

        assertThat(fixed).isEqualTo("FROM busybox\nRUN <<EOF\necho $(date)\nEOF\n");
        assertThat(linter.lint("Dockerfile", fixed, LintConfig.defaults()).findingsOf("SC2006")).isEmpty();
    }

    private Fix onlyFix(String text, String ruleId) {
        Finding finding = linter.lint("Dockerfile", text, LintConfig.defaults()).findingsOf(ruleId).get(0);
        assertThat(finding.fixes()).hasSize(1);
        return finding.fixes().get(0);
    }
}
