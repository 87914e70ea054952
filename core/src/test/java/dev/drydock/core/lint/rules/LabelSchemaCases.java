package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LabelType;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.lint.DockerfileLinter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-line cases for the label-schema rules, linted with {@link #SCHEMA}: a configuration like a
 * Hadolint {@code label-schema} with {@code strict-labels: true}, written in code.
 */
final class LabelSchemaCases {

    static final LintConfig SCHEMA = schema(true);

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();

    private LabelSchemaCases() {
    }

    /** author: text, maintainer: email, and the OCI source, created, licenses, revision and version keys. */
    static LintConfig schema(boolean strictLabels) {
        Map<String, LabelType> labels = new LinkedHashMap<>();
        labels.put("author", LabelType.TEXT);
        labels.put("maintainer", LabelType.EMAIL);
        labels.put("org.opencontainers.image.source", LabelType.URL);
        labels.put("org.opencontainers.image.created", LabelType.RFC3339);
        labels.put("org.opencontainers.image.licenses", LabelType.SPDX);
        labels.put("org.opencontainers.image.revision", LabelType.HASH);
        labels.put("org.opencontainers.image.version", LabelType.SEMVER);
        return new LintConfig(Set.of(), Map.of(), List.of(), labels, strictLabels, LintConfig.DEFAULT_FAILURE_THRESHOLD,
                false, List.of());
    }

    static List<Finding> findings(String ruleId, String dockerfile, LintConfig config) {
        return LINTER.lint("Dockerfile", dockerfile, config).findingsOf(ruleId);
    }

    static void catches(String ruleId, String dockerfile) {
        assertThat(findings(ruleId, dockerfile, SCHEMA)).as(ruleId + " should catch:\n" + dockerfile).isNotEmpty();
    }

    static void passes(String ruleId, String dockerfile) {
        assertThat(findings(ruleId, dockerfile, SCHEMA)).as(ruleId + " should pass:\n" + dockerfile).isEmpty();
    }
}
