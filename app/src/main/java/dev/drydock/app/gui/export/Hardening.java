package dev.drydock.app.gui.export;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.fix.UnifiedDiff;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.RepeatedFixes;
import dev.drydock.core.report.ChangeReport;
import dev.drydock.core.task.CancellationToken;

import java.time.LocalDate;
import java.util.List;

/**
 * The work behind "Export hardened Dockerfile", off the UI thread: every safe fix through
 * {@link RepeatedFixes}, and, when asked, each fix that needs review after the confirmer said yes to
 * it; then the diff, the list of changes and the change report.
 */
final class Hardening {

    private Hardening() {
    }

    static HardenedDockerfile harden(DockerfileLinter linter, LintConfig config, String fileName, String text,
                                     boolean includeNeedsReview, FixConfirmer confirmer, CancellationToken token,
                                     LocalDate date) {
        token.throwIfCancelled();
        RepeatedFixes.Outcome outcome = includeNeedsReview
                ? RepeatedFixes.fix(linter, fileName, text, config, review -> {
                    token.throwIfCancelled();
                    boolean yes = confirmer.confirm(new FixConfirmer.FixToConfirm(review.finding(), review.fix().title(),
                            UnifiedDiff.of(fileName, review.before(), review.after())));
                    token.throwIfCancelled();
                    return yes;
                })
                : RepeatedFixes.fix(linter, fileName, text, config, false);
        List<String> changes = outcome.applied().stream().map(Hardening::describe).toList();
        return new HardenedDockerfile(fileName, text, outcome.fixed(), UnifiedDiff.of(fileName, text, outcome.fixed()),
                changes, ChangeReport.markdown(fileName, date, outcome, linter::metadata), outcome);
    }

    /** "Line 7 · DD3015: Add --no-install-recommends" */
    static String describe(RepeatedFixes.AppliedFix applied) {
        String where = applied.finding().textRange().map(range -> "Line " + range.startLine() + " · ").orElse("");
        return where + applied.finding().ruleId() + ": " + applied.fix().title();
    }
}
