package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One-line rule tests: {@code catches("DD3027", "RUN apt install x")}, {@code passes(...)}. */
public final class RuleCases {

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();

    private RuleCases() {
    }

    public static List<Finding> findings(String ruleId, String dockerfile) {
        return LINTER.lint("Dockerfile", dockerfile, LintConfig.defaults()).findingsOf(ruleId);
    }

    public static void catches(String ruleId, String dockerfile) {
        assertThat(findings(ruleId, dockerfile)).as(ruleId + " should catch:\n" + dockerfile).isNotEmpty();
    }

    public static void passes(String ruleId, String dockerfile) {
        assertThat(findings(ruleId, dockerfile)).as(ruleId + " should pass:\n" + dockerfile).isEmpty();
    }
}
