package dev.drydock.app.cli;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.RepeatedFixes;
import dev.drydock.core.report.TerminalText;

import java.io.PrintWriter;
import java.util.List;

/** What {@code drydock fix} tells on stderr: the fixes applied, those left out and why, and what remains. */
final class FixSummary {

    private FixSummary() {
    }

    static void print(RepeatedFixes.Outcome outcome, boolean includeNeedsReview, boolean written, PrintWriter err) {
        String file = outcome.remaining().file();
        List<RepeatedFixes.AppliedFix> applied = outcome.applied();
        if (applied.isEmpty()) {
            err.println("No fix applied to " + file + ".");
        } else {
            err.println((written ? "Fixed " + file + " with " : "Applied ") + count(applied.size(), "fix", "fixes")
                    + (written ? ":" : " (" + file + " itself is unchanged; --write writes it):"));
            for (RepeatedFixes.AppliedFix fix : applied) {
                err.println("  " + line(fix.finding()) + ": " + clean(fix.fix().title()));
            }
        }
        List<Finding> remaining = outcome.remaining().findings();
        List<Finding> needReview = remaining.stream()
                .filter(f -> !includeNeedsReview && f.preferredFix(false).isEmpty() && f.preferredFix(true).isPresent())
                .toList();
        if (!needReview.isEmpty()) {
            err.println("Not applied, they need review (add --include-needs-review to apply them):");
            needReview.forEach(f -> err.println("  " + line(f) + ": " + clean(title(f))));
        }
        List<Finding> clashing = remaining.stream().filter(f -> f.preferredFix(includeNeedsReview).isPresent()).toList();
        if (!clashing.isEmpty()) {
            err.println("Not applied, they clash with other fixes (run drydock fix again, or edit by hand):");
            clashing.forEach(f -> err.println("  " + line(f) + ": " + clean(title(f))));
        }
        err.println(remaining.isEmpty() ? "No findings left." : count(remaining.size(), "finding", "findings")
                + " left; 'drydock lint " + file + "' lists them.");
        err.flush();
    }

    private static String line(Finding finding) {
        return clean(finding.location().describe()) + " " + finding.ruleId();
    }

    private static String title(Finding finding) {
        return finding.fixes().stream().findFirst().map(Fix::title).orElse(finding.message());
    }

    private static String clean(String text) {
        return TerminalText.clean(text);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
