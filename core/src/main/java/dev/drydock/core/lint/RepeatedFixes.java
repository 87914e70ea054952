package dev.drydock.core.lint;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.FixNotApplicableException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes a Dockerfile the way {@code drydock fix} and "Export hardened Dockerfile" do: lint, take each
 * finding's preferred fix, apply them together through the one {@link FixApplier}, and lint the result
 * again, for a few rounds, since fixes are made for one version of the text and some only fit once
 * others are in (two fixes touching the same line, a fix revealing another finding).
 *
 * <p>With a {@link Reviewer}, fixes that need review are offered one at a time after the safe ones,
 * each made for the text as it is at that moment (the file is linted again after every accepted fix).
 */
public final class RepeatedFixes {

    /** Enough for fixes that wait for others; a pair of fixes undoing each other stops here too. */
    public static final int MAX_ROUNDS = 5;

    /** A bound on questions, for a rule whose fix keeps producing new findings of itself. */
    static final int MAX_REVIEWS = 200;

    /** A fix that went in, and the finding it removed. */
    public record AppliedFix(Finding finding, Fix fix) {
        public AppliedFix {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(fix, "fix");
        }
    }

    /** A fix that needs review which the reviewer turned down; its finding stays open. */
    public record DeclinedFix(Finding finding, Fix fix) {
        public DeclinedFix {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(fix, "fix");
        }
    }

    /**
     * One fix that needs review, as the reviewer sees it: the finding, the fix, and the whole text
     * before and after this one fix.
     */
    public record FixReview(String file, Finding finding, Fix fix, String before, String after) {
    }

    /** Decides about fixes that need review, one at a time; may throw to stop the whole run. */
    @FunctionalInterface
    public interface Reviewer {
        boolean accept(FixReview review);
    }

    /**
     * @param applied   the fixes applied, in the order they went in
     * @param declined  the fixes that need review and were turned down (empty without a reviewer)
     * @param remaining the lint of the fixed text
     */
    public record Outcome(String original, String fixed, List<AppliedFix> applied, List<DeclinedFix> declined,
                          LintResult remaining) {

        public Outcome {
            applied = List.copyOf(applied);
            declined = List.copyOf(declined);
        }

        public boolean changed() {
            return !original.equals(fixed);
        }
    }

    private RepeatedFixes() {
    }

    /** Applies every safe fix, and every fix that needs review too when {@code includeNeedsReview}. */
    public static Outcome fix(DockerfileLinter linter, String file, String text, LintConfig config, boolean includeNeedsReview) {
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
        return new Outcome(text, current, applied, List.of(), result);
    }

    /**
     * Applies every safe fix, then offers each fix that needs review to {@code reviewer}, one at a
     * time in reading order; an accepted fix goes in, the file is linted again and any safe fixes
     * that now apply go in too. A declined fix is not offered again.
     */
    public static Outcome fix(DockerfileLinter linter, String file, String text, LintConfig config, Reviewer reviewer) {
        FixApplier applier = new FixApplier();
        Outcome safe = fix(linter, file, text, config, false);
        List<AppliedFix> applied = new ArrayList<>(safe.applied());
        List<DeclinedFix> declined = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        String current = safe.fixed();
        LintResult result = safe.remaining();
        for (int asked = 0; asked < MAX_REVIEWS; asked++) {
            Optional<Candidate> next = nextToReview(result, current, answered);
            if (next.isEmpty()) {
                break;
            }
            Candidate candidate = next.get();
            answered.add(candidate.key());
            String after;
            try {
                after = applier.apply(current, candidate.fix());
            } catch (FixNotApplicableException e) {
                continue;
            }
            if (!reviewer.accept(new FixReview(file, candidate.finding(), candidate.fix(), current, after))) {
                declined.add(new DeclinedFix(candidate.finding(), candidate.fix()));
                continue;
            }
            applied.add(new AppliedFix(candidate.finding(), candidate.fix()));
            Outcome then = fix(linter, file, after, config, false);
            applied.addAll(then.applied());
            current = then.fixed();
            result = then.remaining();
        }
        return new Outcome(text, current, applied, declined, result);
    }

    private record Candidate(Finding finding, Fix fix, String key) {
    }

    /**
     * The first finding whose only fixes need review and that was not offered before. Findings are
     * known by rule, fix title and the text they cover (offsets move as fixes go in); the n-th of
     * several alike counts as its own.
     */
    private static Optional<Candidate> nextToReview(LintResult result, String text, Set<String> answered) {
        Map<String, Integer> alike = new HashMap<>();
        for (Finding finding : result.findings()) {
            if (finding.preferredFix(false).isPresent()) {
                continue;
            }
            Optional<Fix> fix = finding.preferredFix(true);
            if (fix.isEmpty()) {
                continue;
            }
            String covered = finding.textRange()
                    .filter(range -> range.endOffset() <= text.length())
                    .map(range -> text.substring(range.startOffset(), range.endOffset()))
                    .orElse("");
            String base = finding.ruleId() + '\u0000' + fix.get().title() + '\u0000' + covered;
            int index = alike.merge(base, 1, Integer::sum);
            String key = base + '\u0000' + index;
            if (!answered.contains(key)) {
                return Optional.of(new Candidate(finding, fix.get(), key));
            }
        }
        return Optional.empty();
    }
}
