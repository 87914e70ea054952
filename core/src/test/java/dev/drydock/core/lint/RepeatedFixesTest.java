package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.dockerfile.instruction.Instruction;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixing in rounds: clashing fixes go in on a later round, and a fix that never ends is stopped. */
class RepeatedFixesTest {

    /** Upper-cases an instruction keyword written in lower case. */
    private static final DockerfileRule UPPER_CASE_KEYWORD = rule("TS001", context -> {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (!instruction.keyword().equals(instruction.keyword().toUpperCase())) {
                context.report(instruction.keywordRange(), "lower-case keyword", context.fix("Upper-case the keyword",
                        Fix.Safety.SAFE, context.replace(instruction.keywordRange(), instruction.keyword().toUpperCase())));
            }
        }
    });

    /** Wants every instruction to end in a comment; its fix rewrites the whole instruction, clashing with the one above. */
    private static final DockerfileRule COMMENTED = rule("TS002", context -> {
        String text = context.dockerfile().text();
        for (Instruction instruction : context.dockerfile().instructions()) {
            String written = instruction.range().text(text);
            if (!written.contains("#")) {
                context.report(instruction.range(), "no comment", context.fix("Add a comment", Fix.Safety.SAFE,
                        context.replace(instruction.range(), written + " # ok")));
            }
        }
    });

    /** Never satisfied: its fix adds a line and the finding comes back. */
    private static final DockerfileRule NEVER_DONE = rule("TS003", context -> {
        Instruction first = context.dockerfile().instructions().get(0);
        context.report(first.keywordRange(), "never done", context.fix("Add a line", Fix.Safety.SAFE,
                context.insertBefore(first.range(), "# more\n")));
    });

    /** Wants every RUN marked as reviewed; its fix needs review, and writes the keyword in lower case. */
    private static final DockerfileRule REVIEWED_RUN = rule("TS004", context -> {
        String text = context.dockerfile().text();
        for (Instruction instruction : context.dockerfile().instructions()) {
            String written = instruction.range().text(text).strip();
            if (instruction.keyword().equalsIgnoreCase("RUN") && !written.endsWith("reviewed")) {
                context.report(instruction.keywordRange(), "not reviewed", context.fix("Mark as reviewed",
                        Fix.Safety.NEEDS_REVIEW, context.replace(instruction.keywordRange(), "run"),
                        TextEdit.insert(instruction.range().startOffset() + written.length(), " reviewed")));
            }
        }
    });

    /** Never satisfied, and its fix needs review. */
    private static final DockerfileRule NEVER_DONE_REVIEWED = rule("TS005", context -> {
        Instruction first = context.dockerfile().instructions().get(0);
        context.report(first.keywordRange(), "never done", context.fix("Add a line", Fix.Safety.NEEDS_REVIEW,
                context.insertBefore(first.range(), "# more\n")));
    });

    @Test
    void fixesThatClashAreAppliedInALaterRound() {
        DockerfileLinter linter = new DockerfileLinter(new RuleRegistry(List.of(UPPER_CASE_KEYWORD, COMMENTED)));

        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, "Dockerfile", "from busybox\n", LintConfig.defaults(), false);

        assertThat(outcome.fixed()).isEqualTo("FROM busybox # ok\n");
        assertThat(outcome.applied()).extracting(fix -> fix.finding().ruleId()).containsExactly("TS001", "TS002");
        assertThat(outcome.remaining().findings()).isEmpty();
    }

    @Test
    void aFixThatNeverEndsStopsAfterTheLastRound() {
        DockerfileLinter linter = new DockerfileLinter(new RuleRegistry(List.of(NEVER_DONE)));

        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, "Dockerfile", "FROM busybox\n", LintConfig.defaults(), false);

        assertThat(outcome.applied()).hasSize(RepeatedFixes.MAX_ROUNDS);
        assertThat(outcome.fixed()).isEqualTo("# more\n".repeat(RepeatedFixes.MAX_ROUNDS) + "FROM busybox\n");
        assertThat(outcome.remaining().findingsOf("TS003")).hasSize(1);
    }

    @Test
    void fixesThatNeedReviewAreOfferedOneAtATimeAfterTheSafeOnes() {
        DockerfileLinter linter = new DockerfileLinter(new RuleRegistry(List.of(UPPER_CASE_KEYWORD, REVIEWED_RUN)));
        List<RepeatedFixes.FixReview> asked = new ArrayList<>();

        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, "Dockerfile", "from busybox\nRUN a\nRUN b\n",
                LintConfig.defaults(), review -> {
                    asked.add(review);
                    return review.before().substring(review.finding().textRange().orElseThrow().startOffset()).startsWith("RUN b");
                });

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).before()).isEqualTo("FROM busybox\nRUN a\nRUN b\n");
        assertThat(asked.get(0).after()).isEqualTo("FROM busybox\nrun a reviewed\nRUN b\n");
        assertThat(asked.get(1).after()).isEqualTo("FROM busybox\nRUN a\nrun b reviewed\n");
        assertThat(outcome.fixed()).isEqualTo("FROM busybox\nRUN a\nRUN b reviewed\n");
        assertThat(outcome.applied()).extracting(fix -> fix.finding().ruleId()).containsExactly("TS001", "TS004", "TS001");
        assertThat(outcome.declined()).singleElement()
                .satisfies(declined -> assertThat(declined.finding().textRange().orElseThrow().startLine()).isEqualTo(2));
        assertThat(outcome.remaining().findingsOf("TS004")).hasSize(1);
    }

    @Test
    void withoutAReviewerOnlySafeFixesAreApplied() {
        DockerfileLinter linter = new DockerfileLinter(new RuleRegistry(List.of(UPPER_CASE_KEYWORD, REVIEWED_RUN)));

        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, "Dockerfile", "from busybox\nRUN a\n", LintConfig.defaults(), false);

        assertThat(outcome.fixed()).isEqualTo("FROM busybox\nRUN a\n");
        assertThat(outcome.declined()).isEmpty();
    }

    @Test
    void aReviewedFixThatComesBackIsNotOfferedAgain() {
        DockerfileLinter linter = new DockerfileLinter(new RuleRegistry(List.of(NEVER_DONE_REVIEWED)));
        List<RepeatedFixes.FixReview> asked = new ArrayList<>();

        RepeatedFixes.Outcome outcome = RepeatedFixes.fix(linter, "Dockerfile", "FROM busybox\n", LintConfig.defaults(),
                review -> asked.add(review));

        assertThat(asked).hasSize(1);
        assertThat(outcome.fixed()).isEqualTo("# more\nFROM busybox\n");
    }

    private static DockerfileRule rule(String id, Consumer<RuleContext> check) {
        RuleMetadata metadata = new RuleMetadata(id, "Test rule " + id, Severity.WARNING, RuleCategory.MAINTAINABILITY,
                RuleReferences.none());
        return new DockerfileRule() {
            @Override
            public RuleMetadata metadata() {
                return metadata;
            }

            @Override
            public void check(RuleContext context) {
                check.accept(context);
            }
        };
    }
}
