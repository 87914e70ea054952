package dev.drydock.core.audit.container;

import java.util.Objects;

/** A check that does not apply to this container, and why ("the container shares the host's network"). */
public record NotApplicableCheck(String checkId, String title, String reason) {

    public NotApplicableCheck {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code DC5014 not applicable: the container shares the host's network}. */
    public String describe() {
        return checkId + " not applicable: " + reason;
    }
}
