package dev.drydock.core.findings.suppress;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies suppressions to the findings of one file after every rule has run; rules never see them.
 * In order: the configuration (ignored rules, or a severity override to {@code none}), global
 * pragmas, then pragmas on the comment before an instruction, which cover findings starting on any
 * line of that instruction. Pragmas and config name a rule by its id or its Hadolint alias. Kept
 * findings get the severity the configuration gives their rule.
 */
public final class Suppressions {

    private Suppressions() {
    }

    public static SuppressionResult apply(List<Finding> findings, List<PragmaSite> sites,
            Function<String, Optional<RuleMetadata>> rules, LintConfig config) {
        List<SitePragma> ignores = ignorePragmas(sites);
        List<Finding> kept = new ArrayList<>();
        List<SuppressionResult.SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<RuleMetadata> rule = rules.apply(finding.ruleId());
            Severity severity = config.severityFor(finding.ruleId(), rule, finding.severity());
            Optional<SuppressionReason> reason = config.ignores(finding.ruleId(), rule) || severity == Severity.NONE
                    ? Optional.of(new SuppressionReason.Configuration(config.loadedFrom()))
                    : pragmaReason(finding, rule, ignores);
            if (reason.isPresent()) {
                suppressed.add(new SuppressionResult.SuppressedFinding(finding, reason.get()));
            } else {
                kept.add(severity == finding.severity() ? finding : finding.withSeverity(severity));
            }
        }
        return new SuppressionResult(kept, suppressed);
    }

    private record SitePragma(PragmaSite site, Pragma.Ignore pragma) {
    }

    private static List<SitePragma> ignorePragmas(List<PragmaSite> sites) {
        List<SitePragma> result = new ArrayList<>();
        for (PragmaSite site : sites) {
            PragmaParser.parse(site.commentText())
                    .filter(Pragma.Ignore.class::isInstance)
                    .map(Pragma.Ignore.class::cast)
                    .ifPresent(pragma -> result.add(new SitePragma(site, pragma)));
        }
        return result;
    }

    private static Optional<SuppressionReason> pragmaReason(Finding finding, Optional<RuleMetadata> rule,
            List<SitePragma> ignores) {
        for (SitePragma ignore : ignores) {
            if (ignore.pragma().global() && names(ignore.pragma(), finding.ruleId(), rule)) {
                return Optional.of(new SuppressionReason.GlobalPragma(ignore.site().commentLine(), ignore.pragma().tool()));
            }
        }
        Optional<TextRange> range = finding.textRange();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        int line = range.get().startLine();
        for (SitePragma ignore : ignores) {
            PragmaSite site = ignore.site();
            if (!ignore.pragma().global() && site.hasNextInstruction()
                    && line >= site.nextInstructionStartLine() && line <= site.nextInstructionEndLine()
                    && names(ignore.pragma(), finding.ruleId(), rule)) {
                return Optional.of(new SuppressionReason.InlinePragma(site.commentLine(), ignore.pragma().tool()));
            }
        }
        return Optional.empty();
    }

    private static boolean names(Pragma.Ignore pragma, String ruleId, Optional<RuleMetadata> rule) {
        String id = ruleId.toUpperCase(Locale.ROOT);
        return pragma.codes().stream().anyMatch(code -> code.equals(id) || rule.map(r -> r.isNamedBy(code)).orElse(false));
    }
}
