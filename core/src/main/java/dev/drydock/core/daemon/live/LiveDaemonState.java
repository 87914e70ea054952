package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSubscription;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The daemon's containers and images, kept current from its event stream (no polling), and the
 * state of the connection. One worker thread does everything in order: connect, ping, read info,
 * subscribe to events, load both lists, then apply events as they come; when the daemon goes away
 * it retries with {@link BackoffPolicy backoff} and reloads everything once back. Problems that do
 * not go away by themselves (permission denied, bad endpoint, API too old, TLS) leave it
 * {@link Status#OFFLINE OFFLINE} until {@link #retryNow()} or {@link #switchEndpoint}.
 *
 * <p>Listeners are told on the worker thread; a listener that throws is logged and kept.
 */
public final class LiveDaemonState implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDaemonState.class);

    private static final Set<Problem> LASTING_PROBLEMS =
            EnumSet.of(Problem.PERMISSION_DENIED, Problem.BAD_ENDPOINT, Problem.API_TOO_OLD, Problem.TLS_FAILURE);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final DaemonConnector connector;
    private final BackoffPolicy backoff;
    private final BlockingQueue<WorkItem> inbox = new LinkedBlockingQueue<>();
    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<LiveListener> joining = ConcurrentHashMap.newKeySet();
    private final LiveList<ContainerSummary> containers = new LiveList<>(ContainerSummary::id);
    private final LiveList<ImageSummary> images = new LiveList<>(ImageSummary::id);
    private final AtomicReference<DockerDaemon> connection = new AtomicReference<>();
    private final AtomicReference<EventSubscription> subscription = new AtomicReference<>();
    private final Thread worker;
    private final LiveSession session;
    private boolean started;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile DockerEndpoint endpoint;
    private volatile ConnectionState state;
    /** Failed attempts since the last success; worker thread only. */
    private int attempt;

    /**
     * @param connector opens connections, {@code DockerDaemons::open} in production
     * @param endpoint  where to connect first
     * @param backoff   waits between reconnection attempts, {@link BackoffPolicy#standard()} normally
     */
    public LiveDaemonState(DaemonConnector connector, DockerEndpoint endpoint, BackoffPolicy backoff) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.state = new ConnectionState(Status.OFFLINE, endpoint, null, null, 0, Duration.ZERO);
        this.session = new LiveSession(inbox, closing, containers, images, this::emit);
        this.worker = new Thread(this::run, "drydock-live-daemon");
        this.worker.setDaemon(true);
    }

    /** Starts connecting in the background. */
    public synchronized void start() {
        if (!started && !closing.get()) {
            started = true;
            worker.start();
        }
    }

    /**
     * Adds a listener. Once running, it first gets the current connection state and both lists as
     * resets, then every change after them; nothing is missed or told twice.
     */
    public synchronized void addListener(LiveListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!started) {
            listeners.add(listener);
            return;
        }
        joining.add(listener);
        inbox.add(new WorkItem.AddListener(listener));
    }

    public void removeListener(LiveListener listener) {
        joining.remove(listener);
        listeners.remove(listener);
    }

    /** The containers as last known; kept while reconnecting, emptied when switching daemons. */
    public List<ContainerSummary> containers() {
        return containers.snapshot();
    }

    public List<ImageSummary> images() {
        return images.snapshot();
    }

    public ConnectionState connectionState() {
        return state;
    }

    /** Facts about the daemon, while connected. */
    public Optional<DaemonInfo> info() {
        return Optional.ofNullable(state.info());
    }

    public DockerEndpoint endpoint() {
        return endpoint;
    }

    /** Tries to connect now instead of waiting (or after an offline problem was fixed); reloads when connected. */
    public void retryNow() {
        inbox.add(new WorkItem.RetryNow());
    }

    /** Drops the current daemon and connects to another one; the lists start empty. */
    public void switchEndpoint(DockerEndpoint newEndpoint) {
        inbox.add(new WorkItem.SwitchEndpoint(Objects.requireNonNull(newEndpoint, "newEndpoint")));
    }

    /** Stops the worker and closes the connection; the last state told is OFFLINE without a problem. */
    @Override
    public void close() {
        closing.set(true);
        inbox.add(new WorkItem.Close());
        disconnect();
        synchronized (this) {
            if (!started) {
                return;
            }
        }
        if (Thread.currentThread() != worker) {
            try {
                worker.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- worker thread -----------------------------------------------------------------------

    private void run() {
        try {
            while (!closing.get()) {
                publish(attempt == 0 ? plain(Status.CONNECTING, null)
                        : new ConnectionState(Status.RECONNECTING, endpoint, null, state.problem(), attempt, Duration.ZERO));
                try {
                    connectAndFollow();
                } catch (DaemonAccessException problem) {
                    afterFailure(problem);
                } catch (RuntimeException unexpected) {
                    LOG.warn("Unexpected failure while following the daemon", unexpected);
                    afterFailure(new DaemonAccessException(Problem.DAEMON_ERROR,
                            "Drydock hit an unexpected problem while following the daemon: " + unexpected.getMessage(),
                            "Drydock tries again by itself; if this keeps happening, please report it.", unexpected));
                } finally {
                    disconnect();
                }
            }
        } finally {
            disconnect();
            publish(plain(Status.OFFLINE, null));
        }
    }

    private void connectAndFollow() {
        DockerDaemon daemon = connector.open(endpoint);
        connection.set(daemon);
        if (closing.get()) {
            return;
        }
        DaemonInfo info = session.handshake(daemon);
        long number = session.nextConnection();
        subscription.set(daemon.subscribeEvents(null, session.sinkFor(number)));
        if (closing.get() || !session.awaitStreamOpen(number)) {
            return;
        }
        session.reload(daemon);
        attempt = 0;
        publish(new ConnectionState(Status.CONNECTED, endpoint, info, null, 0, Duration.ZERO));
        while (!closing.get()) {
            WorkItem command = session.followUntilCommand(daemon, number);
            if (command instanceof WorkItem.RetryNow) {
                session.reload(daemon);
            } else if (command instanceof WorkItem.SwitchEndpoint) {
                switchTo(((WorkItem.SwitchEndpoint) command).endpoint());
                return;
            } else if (command instanceof WorkItem.AddListener) {
                welcome(((WorkItem.AddListener) command).listener());
            }
        }
    }

    private void afterFailure(DaemonAccessException problem) {
        disconnect();
        if (closing.get()) {
            return;
        }
        if (LASTING_PROBLEMS.contains(problem.problem())) {
            attempt = 0;
            publish(plain(Status.OFFLINE, problem));
            awaitCommand(null);
        } else {
            attempt++;
            Duration wait = backoff.delayBefore(attempt);
            publish(new ConnectionState(Status.RECONNECTING, endpoint, null, problem, attempt, wait));
            awaitCommand(wait);
        }
    }

    /** Waits for {@code wait} (null: until told) or until retry, switch or close is asked for. */
    private void awaitCommand(Duration wait) {
        long deadline = wait == null ? LiveSession.FOREVER : System.nanoTime() + wait.toNanos();
        while (!closing.get()) {
            WorkItem item = session.next(deadline);
            if (item == null || item instanceof WorkItem.RetryNow) {
                return;
            }
            if (item instanceof WorkItem.SwitchEndpoint) {
                switchTo(((WorkItem.SwitchEndpoint) item).endpoint());
                return;
            }
            if (item instanceof WorkItem.AddListener) {
                welcome(((WorkItem.AddListener) item).listener());
            }
        }
    }

    private void switchTo(DockerEndpoint newEndpoint) {
        endpoint = newEndpoint;
        attempt = 0;
        ListChange<ContainerSummary> noContainers = containers.reset(List.of());
        emit(l -> l.containersChanged(noContainers));
        ListChange<ImageSummary> noImages = images.reset(List.of());
        emit(l -> l.imagesChanged(noImages));
    }

    private void welcome(LiveListener listener) {
        if (!joining.remove(listener)) {
            return;
        }
        listeners.add(listener);
        ConnectionState now = state;
        ListChange<ContainerSummary> allContainers = ListChange.resetTo(containers.snapshot());
        ListChange<ImageSummary> allImages = ListChange.resetTo(images.snapshot());
        tell(listener, l -> l.connectionChanged(now));
        tell(listener, l -> l.containersChanged(allContainers));
        tell(listener, l -> l.imagesChanged(allImages));
    }

    private ConnectionState plain(Status status, DaemonAccessException problem) {
        return new ConnectionState(status, endpoint, null, problem, 0, Duration.ZERO);
    }

    private void publish(ConnectionState newState) {
        state = newState;
        emit(l -> l.connectionChanged(newState));
    }

    private void emit(Consumer<LiveListener> message) {
        for (LiveListener listener : listeners) {
            tell(listener, message);
        }
    }

    private static void tell(LiveListener listener, Consumer<LiveListener> message) {
        try {
            message.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("A listener of the live daemon state failed; it stays registered", e);
        }
    }

    private void disconnect() {
        EventSubscription events = subscription.getAndSet(null);
        if (events != null) {
            quietly(events::close);
        }
        DockerDaemon daemon = connection.getAndSet(null);
        if (daemon != null) {
            quietly(daemon::close);
        }
    }

    private static void quietly(Runnable close) {
        try {
            close.run();
        } catch (RuntimeException e) {
            LOG.debug("Closing a daemon connection failed", e);
        }
    }
}
