package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.ImageSummary;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The worker's side of one connection after another: reading the inbox, waiting for the event
 * stream to open, loading the lists, and turning bursts of events into list changes with as few
 * requests as possible. Used by {@link LiveDaemonState}'s worker thread only.
 */
final class LiveSession {

    /** A deadline that never comes. */
    static final long FOREVER = Long.MAX_VALUE;
    /** More containers than this in one burst are cheaper to list all at once than one by one. */
    static final int FULL_RELIST_THRESHOLD = 50;
    static final Duration PING_TIMEOUT = Duration.ofSeconds(5);
    static final Duration STREAM_OPEN_TIMEOUT = Duration.ofSeconds(10);
    /** A burst of events ends after this long without another one… */
    static final Duration BURST_QUIET = Duration.ofMillis(50);
    /** …or after this long in all, so the lists never lag far behind. */
    static final Duration BURST_MAX = Duration.ofMillis(250);

    private final BlockingQueue<WorkItem> inbox;
    private final AtomicBoolean closing;
    private final Deque<WorkItem> putBack = new ArrayDeque<>();
    private final LiveList<ContainerSummary> containers;
    private final LiveList<ImageSummary> images;
    private final Consumer<Consumer<LiveListener>> emit;
    private long connection;

    LiveSession(BlockingQueue<WorkItem> inbox, AtomicBoolean closing, LiveList<ContainerSummary> containers,
                LiveList<ImageSummary> images, Consumer<Consumer<LiveListener>> emit) {
        this.inbox = inbox;
        this.closing = closing;
        this.containers = containers;
        this.images = images;
        this.emit = emit;
    }

    DaemonInfo handshake(DockerDaemon daemon) {
        daemon.ping(PING_TIMEOUT);
        return daemon.info();
    }

    /** A new number for the next connection; news tagged with older numbers is ignored. */
    long nextConnection() {
        return ++connection;
    }

    /** Puts the stream's news for connection {@code number} into the inbox. */
    EventSink sinkFor(long number) {
        return new EventSink() {
            @Override
            public void opened() {
                inbox.add(new WorkItem.StreamOpened(number));
            }

            @Override
            public void event(DaemonEvent event) {
                inbox.add(new WorkItem.EventArrived(number, event));
            }

            @Override
            public void closed(DaemonAccessException error) {
                inbox.add(new WorkItem.StreamClosed(number, error));
            }
        };
    }

    /**
     * Waits until the daemon has accepted the event subscription, so that listing afterwards misses
     * nothing. Events and commands arriving meanwhile are kept for later, in order.
     *
     * @return false when closing
     */
    boolean awaitStreamOpen(long number) {
        long deadline = System.nanoTime() + STREAM_OPEN_TIMEOUT.toNanos();
        List<WorkItem> held = new ArrayList<>();
        try {
            while (!closing.get()) {
                WorkItem item = next(deadline);
                if (item == null && !closing.get()) {
                    throw new DaemonAccessException(Problem.TIMEOUT,
                            "The daemon accepted the connection but did not start its event stream within "
                                    + STREAM_OPEN_TIMEOUT.toSeconds() + " seconds.",
                            "Drydock keeps trying; check that the daemon is healthy.");
                }
                if (item instanceof WorkItem.StreamOpened && isCurrent(item, number)) {
                    return true;
                }
                if (item instanceof WorkItem.StreamClosed && isCurrent(item, number)) {
                    throw streamProblem((WorkItem.StreamClosed) item);
                }
                if (item != null && !isStale(item, number)) {
                    held.add(item);
                }
            }
            return false;
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                putBack.addFirst(held.get(i));
            }
        }
    }

    /** Loads both lists completely and tells them as resets. */
    void reload(DockerDaemon daemon) {
        ListChange<ContainerSummary> allContainers = containers.reset(daemon.listContainers());
        ListChange<ImageSummary> allImages = images.reset(daemon.listImages());
        emit.accept(l -> l.containersChanged(allContainers));
        emit.accept(l -> l.imagesChanged(allImages));
    }

    /**
     * Applies events of connection {@code number} until a command arrives, which it returns (null
     * when closing).
     *
     * @throws DaemonAccessException when the stream broke or a request failed
     */
    WorkItem followUntilCommand(DockerDaemon daemon, long number) {
        while (!closing.get()) {
            WorkItem item = next(FOREVER);
            if (item instanceof WorkItem.EventArrived && isCurrent(item, number)) {
                apply(daemon, gatherBurst(number, ((WorkItem.EventArrived) item).event()));
            } else if (item instanceof WorkItem.StreamClosed && isCurrent(item, number)) {
                throw streamProblem((WorkItem.StreamClosed) item);
            } else if (item != null && !(item instanceof WorkItem.StreamNews)) {
                return item;
            }
        }
        return null;
    }

    /** The next item, kept ones first; null at the deadline or when closing. */
    WorkItem next(long deadline) {
        WorkItem kept = putBack.pollFirst();
        if (kept != null) {
            return kept;
        }
        try {
            if (deadline == FOREVER) {
                return inbox.take();
            }
            return inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            closing.set(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The event and those right behind it: until a quiet moment, a command, or {@link #BURST_MAX}. */
    private List<DaemonEvent> gatherBurst(long number, DaemonEvent first) {
        List<DaemonEvent> burst = new ArrayList<>();
        burst.add(first);
        long deadline = System.nanoTime() + BURST_MAX.toNanos();
        while (true) {
            WorkItem item = next(Math.min(deadline, System.nanoTime() + BURST_QUIET.toNanos()));
            if (item == null) {
                return burst;
            }
            if (item instanceof WorkItem.EventArrived && isCurrent(item, number)) {
                burst.add(((WorkItem.EventArrived) item).event());
            } else if (!isStale(item, number)) {
                putBack.addFirst(item);
                return burst;
            }
        }
    }

    private void apply(DockerDaemon daemon, List<DaemonEvent> burst) {
        EventBatch batch = EventBatch.of(burst);
        if (batch.containersChanged()) {
            ListChange<ContainerSummary> change;
            if (batch.refresh().size() > FULL_RELIST_THRESHOLD) {
                change = containers.replaceAll(daemon.listContainers());
            } else {
                List<ContainerSummary> found = new ArrayList<>();
                Set<String> gone = new HashSet<>(batch.destroyed());
                for (String id : batch.refresh()) {
                    daemon.findContainer(id).ifPresentOrElse(found::add, () -> gone.add(id));
                }
                change = containers.update(found, gone);
            }
            if (!change.isEmpty()) {
                emit.accept(l -> l.containersChanged(change));
            }
        }
        if (batch.imagesChanged()) {
            ListChange<ImageSummary> change = images.replaceAll(daemon.listImages());
            if (!change.isEmpty()) {
                emit.accept(l -> l.imagesChanged(change));
            }
        }
    }

    private static boolean isCurrent(WorkItem item, long number) {
        return ((WorkItem.StreamNews) item).connection() == number;
    }

    private static boolean isStale(WorkItem item, long number) {
        return item instanceof WorkItem.StreamNews && ((WorkItem.StreamNews) item).connection() != number;
    }

    private static DaemonAccessException streamProblem(WorkItem.StreamClosed closed) {
        return closed.error() != null ? closed.error() : new DaemonAccessException(Problem.DAEMON_DOWN,
                "The daemon ended its event stream.", "Drydock reconnects by itself.");
    }
}
