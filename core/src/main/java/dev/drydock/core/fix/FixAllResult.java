package dev.drydock.core.fix;

import java.util.List;
import java.util.Objects;

/** The outcome of applying several fixes at once: the new text, the fixes taken and those skipped with why. */
public record FixAllResult(String text, List<Fix> applied, List<SkippedFix> skipped) {

    /** A fix left out, and the user-facing reason. */
    public record SkippedFix(Fix fix, FixNotApplicableException.Reason reason, String explanation) {
        public SkippedFix {
            Objects.requireNonNull(fix, "fix");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    public FixAllResult {
        Objects.requireNonNull(text, "text");
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }
}
