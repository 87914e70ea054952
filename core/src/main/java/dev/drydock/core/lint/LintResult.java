package dev.drydock.core.lint;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.findings.suppress.SuppressionResult.SuppressedFinding;

import java.util.List;

/**
 * The outcome of linting one Dockerfile: the findings that count (in reading order) and those a
 * pragma or the configuration suppressed, with why.
 */
public record LintResult(String file, Dockerfile dockerfile, List<Finding> findings,
                         List<SuppressedFinding> suppressed) {

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(severity));
    }
}
