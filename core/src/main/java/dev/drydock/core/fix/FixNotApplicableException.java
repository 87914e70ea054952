package dev.drydock.core.fix;

import java.util.Objects;

/** A fix or a set of edits that cannot be applied to a text; the message says why in user terms. */
public final class FixNotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the edits could not be applied. */
    public enum Reason {
        /** The text changed since the fix was computed. */
        STALE_DOCUMENT,
        /** Two edits change the same characters. */
        OVERLAPPING_EDITS,
        /** An edit reaches past the end of the text. */
        OUT_OF_RANGE
    }

    private final Reason reason;

    public FixNotApplicableException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
