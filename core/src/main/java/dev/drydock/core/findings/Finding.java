package dev.drydock.core.findings;

import dev.drydock.core.fix.Fix;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found: which rule, how serious, a message for the user, where, the evidence
 * (secrets already masked, see {@link SecretMask}) and the fixes that would remove it.
 */
public record Finding(
        String ruleId, Severity severity, String message, Location location,
        Optional<String> evidence, List<Fix> fixes) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(evidence, "evidence");
        fixes = List.copyOf(fixes);
    }

    /** A finding without evidence or fixes. */
    public static Finding of(String ruleId, Severity severity, String message, Location location) {
        return new Finding(ruleId, severity, message, location, Optional.empty(), List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, evidence, fixes);
    }

    public Finding withEvidence(String maskedEvidence) {
        return new Finding(ruleId, severity, message, location, Optional.of(maskedEvidence), fixes);
    }

    public Finding withFixes(List<Fix> newFixes) {
        return new Finding(ruleId, severity, message, location, evidence, newFixes);
    }

    /**
     * The fix to apply when the user asks for "fix all": the first fix (rules list their preferred
     * one first) that is safe, or that needs review if {@code includeNeedsReview}.
     */
    public Optional<Fix> preferredFix(boolean includeNeedsReview) {
        return fixes.stream()
                .filter(fix -> includeNeedsReview || fix.safety() == Fix.Safety.SAFE)
                .findFirst();
    }

    /** The Dockerfile span, when this finding is in a Dockerfile. */
    public Optional<TextRange> textRange() {
        return location instanceof Location.DockerfileRange range ? Optional.of(range.range()) : Optional.empty();
    }
}
