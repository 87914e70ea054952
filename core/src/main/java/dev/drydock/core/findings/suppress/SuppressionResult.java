package dev.drydock.core.findings.suppress;

import dev.drydock.core.findings.Finding;
import java.util.List;
import java.util.Objects;

/** Findings after suppressions: those kept (severities as configured) and those suppressed, with why. */
public record SuppressionResult(List<Finding> kept, List<SuppressedFinding> suppressed) {

    /** A finding left out of the results, and the reason. */
    public record SuppressedFinding(Finding finding, SuppressionReason reason) {
        public SuppressedFinding {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public SuppressionResult {
        kept = List.copyOf(kept);
        suppressed = List.copyOf(suppressed);
    }
}
