package dev.drydock.core.task;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a caller ask a long core operation to stop. Operations poll {@link #throwIfCancelled()}
 * at safe points; cancelling never interrupts a half-written result.
 */
public final class CancellationToken {

    private static final CancellationToken NEVER = new CancellationToken();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token for callers that never cancel (tests, the CLI). Cancelling it has no effect. */
    public static CancellationToken none() {
        return NEVER;
    }

    public static CancellationToken create() {
        return new CancellationToken();
    }

    public void cancel() {
        if (this != NEVER) {
            cancelled.set(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
