package dev.drydock.core.report;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.lint.RepeatedFixes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A short Markdown report of what hardening a Dockerfile changed and why, to keep beside the file or
 * paste into a review: each applied fix with its line, rule (and Hadolint alias), what the fix did,
 * the rule it answers, the finding's message and how safe it was; then the findings still open and
 * the fixes that needed review and were declined. The date comes from the caller, so the same input
 * always gives the same report.
 */
public final class ChangeReport {

    private ChangeReport() {
    }

    /**
     * @param rules the metadata of a rule by id, e.g. {@code linter::metadata}
     */
    public static String markdown(String fileName, LocalDate date, RepeatedFixes.Outcome outcome,
                                  Function<String, Optional<RuleMetadata>> rules) {
        StringBuilder out = new StringBuilder();
        List<RepeatedFixes.AppliedFix> applied = outcome.applied();
        List<Finding> open = outcome.remaining().findings();
        out.append("# Changes to ").append(inline(fileName)).append("\n\n");
        out.append("Hardened by Drydock on ").append(date).append(": ")
                .append(count(applied.size(), "fix", "fixes")).append(" applied, ")
                .append(count(open.size(), "finding", "findings")).append(" still open.\n");
        if (!applied.isEmpty()) {
            out.append("\n## Applied fixes\n\n");
            out.append("Line numbers are those of the file as it was when each fix went in.\n\n");
            int number = 1;
            for (RepeatedFixes.AppliedFix fix : applied) {
                appendApplied(out, number++, fix, rules);
            }
        }
        if (!open.isEmpty()) {
            out.append("\n## Findings still open\n\n");
            for (Finding finding : open) {
                out.append("- ").append(where(finding)).append(" · ").append(finding.ruleId())
                        .append(" (").append(finding.severity().name().toLowerCase(Locale.ROOT)).append("): ")
                        .append(inline(finding.message())).append('\n');
            }
        }
        if (!outcome.declined().isEmpty()) {
            out.append("\n## Fixes that need review, declined\n\n");
            for (RepeatedFixes.DeclinedFix declined : outcome.declined()) {
                out.append("- ").append(where(declined.finding())).append(" · ").append(declined.finding().ruleId())
                        .append(": ").append(inline(declined.fix().title())).append('\n');
            }
        }
        return out.toString();
    }

    private static void appendApplied(StringBuilder out, int number, RepeatedFixes.AppliedFix fix,
                                      Function<String, Optional<RuleMetadata>> rules) {
        Finding finding = fix.finding();
        Optional<RuleMetadata> rule = rules.apply(finding.ruleId());
        String alias = rule.flatMap(r -> r.references().hadolint()).map(code -> " (Hadolint " + code + ")").orElse("");
        out.append(number).append(". **").append(where(finding)).append(" · ").append(finding.ruleId()).append(alias)
                .append(": ").append(inline(fix.fix().title())).append("**\n");
        rule.ifPresent(r -> out.append("   - Rule: ").append(inline(r.title())).append('\n'));
        out.append("   - Why: ").append(inline(finding.message())).append('\n');
        out.append("   - Safety: ").append(fix.fix().safety() == Fix.Safety.SAFE ? "safe" : "needs review (confirmed)")
                .append('\n');
    }

    private static String where(Finding finding) {
        return finding.textRange().map(range -> "Line " + range.startLine()).orElse(inline(finding.location().describe()));
    }

    /** Text on one line with Markdown's special characters escaped, so messages show as written. */
    static String inline(String text) {
        String oneLine = TerminalText.clean(text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        StringBuilder out = new StringBuilder(oneLine.length());
        for (char c : oneLine.toCharArray()) {
            if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
