package dev.drydock.app.gui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link UiScheduler} for tests: time moves only when the test says so, on the test's thread. */
public final class ManualScheduler implements UiScheduler {

    private final List<Entry> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long sequence;

    private final class Entry implements Scheduled {
        final Duration due;
        final long order = sequence++;
        final Runnable action;

        Entry(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now.plus(delay), action);
        pending.add(entry);
        return entry;
    }

    /** Moves time on by {@code step}, running every action that falls due, in order. */
    public void advance(Duration step) {
        Duration end = now.plus(step);
        while (true) {
            Optional<Entry> next = pending.stream().filter(entry -> entry.due.compareTo(end) <= 0)
                    .min(Comparator.comparing((Entry entry) -> entry.due).thenComparingLong(entry -> entry.order));
            if (next.isEmpty()) {
                break;
            }
            pending.remove(next.get());
            now = next.get().due;
            next.get().action.run();
        }
        now = end;
    }

    public void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    /** How many actions wait to run. */
    public int pendingCount() {
        return pending.size();
    }
}
