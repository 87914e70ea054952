package dev.drydock.core.image.rules;

import java.util.Objects;

/** A rule that could not judge this image, and why ("no etc/passwd in the image"). */
public record SkippedCheck(String ruleId, String title, String reason) {

    public SkippedCheck {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code DI1012 skipped: no etc/passwd in the image}. */
    public String describe() {
        return ruleId + " skipped: " + reason;
    }
}
