package dev.drydock.core.samples;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bundled sample shows what it says it shows, and the clean one is clean. */
class SampleDockerfilesTest {

    private static final DockerfileLinter LINTER = DockerfileLinter.standard();

    static List<SampleDockerfile> samples() {
        return SampleDockerfiles.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleTriggersTheRulesItIsMeantToDemonstrate(SampleDockerfile sample) {
        LintResult result = LINTER.lint(sample.fileName(), sample.text(), LintConfig.defaults());

        assertThat(result.findings()).extracting(Finding::ruleId).containsAll(sample.demonstrates());
        assertThat(result.dockerfile().problems()).as("syntax problems").isEmpty();
        assertThat(sample.title()).isNotBlank();
        assertThat(sample.description()).hasSizeGreaterThan(100);
    }

    @Test
    void theClassicSampleHasTheRisksTheIssueNames() {
        SampleDockerfile classic = SampleDockerfiles.byId("classic-anti-patterns").orElseThrow();

        assertThat(classic.text()).contains("FROM node:latest", "| bash", "EXPOSE 80", "ADD https://").doesNotContain("USER");
        assertThat(LINTER.lint(classic.fileName(), classic.text(), LintConfig.defaults()).findings())
                .extracting(Finding::ruleId)
                .contains("DD3007", "DD5001", "DD5005", "DD5002", "DD5004", "DD3009");
    }

    @Test
    void theMultiStageSampleHasNothingAtWarningOrAbove() {
        SampleDockerfile clean = SampleDockerfiles.byId("multi-stage-done-right").orElseThrow();

        LintResult result = LINTER.lint(clean.fileName(), clean.text(), LintConfig.defaults());

        assertThat(clean.demonstrates()).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.severity().isAtLeast(Severity.WARNING)).isEmpty();
        assertThat(result.dockerfile().stages()).hasSize(2);
    }

    @Test
    void samplesAreListedInMenuOrderWithUniqueIds() {
        assertThat(SampleDockerfiles.all()).extracting(SampleDockerfile::id).doesNotHaveDuplicates()
                .startsWith("classic-anti-patterns").hasSize(5);
        assertThat(SampleDockerfiles.byId("nope")).isEmpty();
    }
}
