package dev.drydock.core.lint.rules;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.RuleCases;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Refactoring cases for the fixes of this batch: the text after applying every finding's preferred fix. */
final class ShellBatchFixCases {

    private ShellBatchFixCases() {
    }

    static String fixed(String ruleId, String dockerfile) {
        FixAllResult result = new FixApplier().applyAll(dockerfile, RuleCases.findings(ruleId, dockerfile).stream()
                .map(finding -> finding.preferredFix(true)).flatMap(Optional::stream).toList());
        assertThat(result.skipped()).as("skipped fixes").isEmpty();
        return result.text();
    }

    /** Asserts the fixed text, and that linting it again finds nothing for the rule. */
    static void fixes(String ruleId, String dockerfile, String expected) {
        String text = fixed(ruleId, dockerfile);
        assertThat(text).isEqualTo(expected);
        assertThat(RuleCases.findings(ruleId, text)).extracting(Finding::message).as("left after the fix").isEmpty();
    }
}
