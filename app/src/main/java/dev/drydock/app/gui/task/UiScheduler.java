package dev.drydock.app.gui.task;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action on the UI thread after a delay: debouncing, autosave timers. View-model tests use
 * a scheduler they advance by hand, so timing is deterministic and needs no toolkit.
 */
@FunctionalInterface
public interface UiScheduler {

    /** Runs {@code action} on the UI thread once {@code delay} has passed, unless cancelled first. */
    Scheduled schedule(Duration delay, Runnable action);

    /** A scheduled action. */
    @FunctionalInterface
    interface Scheduled {

        /** The action will not run (or has already run); safe to call more than once. */
        void cancel();
    }

    /** One daemon timer thread that hands due actions to the FX application thread. */
    static UiScheduler fx() {
        return using(UiThread.fx());
    }

    /** One daemon timer thread that hands due actions to {@code uiThread}. */
    static UiScheduler using(Executor uiThread) {
        Objects.requireNonNull(uiThread);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drydock-ui-timer");
            thread.setDaemon(true);
            return thread;
        });
        return (delay, action) -> {
            // Cancelled is checked again on the UI thread: the timer may already have handed the action over.
            AtomicBoolean cancelled = new AtomicBoolean();
            ScheduledFuture<?> due = timer.schedule(() -> uiThread.execute(() -> {
                if (!cancelled.get()) {
                    action.run();
                }
            }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> {
                cancelled.set(true);
                due.cancel(false);
            };
        };
    }
}
