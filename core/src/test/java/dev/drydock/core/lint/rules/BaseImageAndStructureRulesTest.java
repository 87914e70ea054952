package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.DockerfileRule;
import dev.drydock.core.lint.LintResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch's rules together on one Dockerfile: their fixes apply side by side and leave nothing fixable. */
class BaseImageAndStructureRulesTest {

    private static final Set<String> BATCH = BaseImageAndStructureRules.all().stream().map(DockerfileRule::id)
            .collect(Collectors.toUnmodifiableSet());

    private final DockerfileLinter linter = DockerfileLinter.standard();

    @Test
    void findsEachProblemOfAMultiStageDockerfile() throws IOException {
        LintResult result = linter.lint("Dockerfile", fixture(), LintConfig.defaults());

        assertThat(ids(result.findings())).containsExactly(
                "DD3007", "DD3020", "DD3059", "DD3057", "DD3006", "DD3044", "DD3000", "DD3021", "DD3025", "DD4003",
                "DD3025");
    }

    @Test
    void allFixesLeaveNoFixableFindingAndNoNewErrorWithinTwoRounds() throws IOException {
        LintResult before = linter.lint("Dockerfile", fixture(), LintConfig.defaults());
        LintResult after = before;
        for (int round = 0; round < 2; round++) { // overlapping fixes (remove a CMD, rewrite it) wait for the next round
            List<Fix> fixes = after.findings().stream().filter(f -> BATCH.contains(f.ruleId()))
                    .map(f -> f.preferredFix(true)).flatMap(Optional::stream).toList();
            FixAllResult fixed = new FixApplier().applyAll(after.dockerfile().text(), fixes);
            assertThat(fixed.skipped()).allSatisfy(skipped -> assertThat(skipped.explanation()).contains("change the same text"));
            after = linter.lint("Dockerfile", fixed.text(), LintConfig.defaults());
        }

        assertThat(after.findings()).filteredOn(f -> BATCH.contains(f.ruleId()))
                .allSatisfy(f -> assertThat(f.fixes()).as(f.ruleId() + " " + f.message()).isEmpty());
        assertThat(after.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .hasSizeLessThanOrEqualTo((int) before.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).filter(BATCH::contains).toList();
    }

    private static String fixture() throws IOException {
        try (InputStream in = BaseImageAndStructureRulesTest.class.getResourceAsStream("batches/base-image-and-structure.Dockerfile")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
