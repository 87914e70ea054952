package dev.drydock.app.cli;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.LintResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes a Dockerfile the way {@code drydock fix} does: lint, take each finding's preferred fix, apply
 * them together through the one {@link FixApplier}, and lint the result again, for a few rounds,
 * since fixes are made for one version of the text and some only fit once others are in (two fixes
 * touching the same line, a fix revealing another finding).
 */
final class RepeatedFixes {

    /** Enough for fixes that wait for others; a pair of fixes undoing each other stops here too. */
    static final int MAX_ROUNDS = 5;

    /** A fix that went in, and the finding it removed. */
    record AppliedFix(Finding finding, Fix fix) {
    }

    /**
     * @param applied   the fixes applied, in the order of the rounds
     * @param remaining the lint of the fixed text
     */
    record Outcome(String original, String fixed, List<AppliedFix> applied, LintResult remaining) {

        boolean changed() {
            return !original.equals(fixed);
        }
    }

    private RepeatedFixes() {
    }

    static Outcome fix(DockerfileLinter linter, String file, String text, LintConfig config, boolean includeNeedsReview) {
        FixApplier applier = new FixApplier();
        List<AppliedFix> applied = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = text;
        LintResult result = linter.lint(file, current, config);
        for (int round = 0; round < MAX_ROUNDS && seen.add(current); round++) {
            Map<Fix, Finding> fixes = new IdentityHashMap<>();
            List<Fix> ordered = new ArrayList<>();
            for (Finding finding : result.findings()) {
                Optional<Fix> fix = finding.preferredFix(includeNeedsReview);
                if (fix.isPresent()) {
                    fixes.put(fix.get(), finding);
                    ordered.add(fix.get());
                }
            }
            if (ordered.isEmpty()) {
                break;
            }
            FixAllResult pass = applier.applyAll(current, ordered);
            if (pass.applied().isEmpty()) {
                break;
            }
            pass.applied().forEach(fix -> applied.add(new AppliedFix(fixes.get(fix), fix)));
            current = pass.text();
            result = linter.lint(file, current, config);
        }
        return new Outcome(text, current, applied, result);
    }
}
