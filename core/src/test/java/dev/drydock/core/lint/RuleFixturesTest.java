package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every registered rule against its fixtures: catches the bad file exactly, passes the good, fixes cleanly. */
class RuleFixturesTest {

    private final DockerfileLinter linter = DockerfileLinter.standard();
    private final LintConfig config = LintConfig.defaults();

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsBadFixtureAtTheExpectedRanges() {
        return fixtures().map(f -> dynamicTest(f.ruleId(), () -> {
            List<String> ranges = linter.lint("bad.Dockerfile", f.bad(), config).findingsOf(f.ruleId()).stream()
                    .map(RuleFixturesTest::range).toList();
            assertThat(ranges).as(f.ruleId() + " on bad.Dockerfile").containsExactlyElementsOf(f.expectedRanges());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRulePassesItsGoodFixture() {
        return fixtures().map(f -> dynamicTest(f.ruleId(), () ->
                assertThat(linter.lint("good.Dockerfile", f.good(), config).findingsOf(f.ruleId()))
                        .as(f.ruleId() + " on good.Dockerfile").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyFixableRuleFixesItsBadFixtureWithoutNewErrors() {
        return fixtures().filter(f -> f.fixed().isPresent()).map(f -> dynamicTest(f.ruleId(), () -> {
            LintResult before = linter.lint("bad.Dockerfile", f.bad(), config);
            List<Fix> fixes = before.findingsOf(f.ruleId()).stream()
                    .map(finding -> finding.preferredFix(true)).flatMap(Optional::stream).toList();
            FixAllResult fixed = new FixApplier().applyAll(f.bad(), fixes);

            assertThat(fixed.skipped()).as("fixes skipped").isEmpty();
            assertThat(fixed.text()).isEqualTo(f.fixed().get());
            LintResult after = linter.lint("fixed.Dockerfile", fixed.text(), config);
            assertThat(after.findingsOf(f.ruleId())).as("findings left after the fix").isEmpty();
            assertThat(errorsByRule(after)).as("errors after the fix")
                    .allSatisfy((rule, count) -> assertThat(count).isLessThanOrEqualTo(errorsByRule(before).getOrDefault(rule, 0L)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRuleWithFixesHasAFixedFixture() {
        return fixtures().map(f -> dynamicTest(f.ruleId(), () -> {
            boolean offersFixes = linter.lint("bad.Dockerfile", f.bad(), config).findingsOf(f.ruleId()).stream()
                    .anyMatch(finding -> !finding.fixes().isEmpty());
            assertThat(f.fixed().isPresent()).as(f.ruleId() + " has fixed.Dockerfile").isEqualTo(offersFixes);
        }));
    }

    private Stream<RuleFixtures> fixtures() {
        return linter.rules().all().stream().map(rule -> RuleFixtures.of(rule.id()).orElseThrow(
                () -> new AssertionError("rule " + rule.id() + " has no fixtures (bad.Dockerfile, bad.expected, good.Dockerfile)")));
    }

    private static Map<String, Long> errorsByRule(LintResult result) {
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
    }

    private static String range(Finding finding) {
        TextRange r = finding.textRange().orElseThrow();
        return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
    }
}
