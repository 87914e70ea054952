package dev.drydock.app.gui.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ListChange;
import dev.drydock.core.daemon.live.LiveListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Carries the live state's callbacks from its worker thread to the UI thread. Everything that
 * arrives before the UI thread gets to it is delivered together: one hop per burst, each list's
 * changes merged into one, only the newest connection state.
 */
public final class LiveFeed implements LiveListener {

    /** Receives the merged updates on the UI thread. */
    public interface Target {
        void connectionChanged(ConnectionState state);

        void containersChanged(ListChange<ContainerSummary> change);

        void imagesChanged(ListChange<ImageSummary> change);
    }

    private final Executor uiThread;
    private final Target target;
    private final Object lock = new Object();
    private ConnectionState pendingState;
    private List<ListChange<ContainerSummary>> pendingContainers = new ArrayList<>();
    private List<ListChange<ImageSummary>> pendingImages = new ArrayList<>();
    private boolean posted;
    private volatile boolean closed;

    public LiveFeed(Executor uiThread, Target target) {
        this.uiThread = Objects.requireNonNull(uiThread);
        this.target = Objects.requireNonNull(target);
    }

    /** Stops delivering: a replaced connection's late callbacks must not reach the UI. */
    public void close() {
        closed = true;
    }

    @Override
    public void connectionChanged(ConnectionState state) {
        enqueue(() -> pendingState = state);
    }

    @Override
    public void containersChanged(ListChange<ContainerSummary> change) {
        enqueue(() -> pendingContainers.add(change));
    }

    @Override
    public void imagesChanged(ListChange<ImageSummary> change) {
        enqueue(() -> pendingImages.add(change));
    }

    private void enqueue(Runnable addPending) {
        if (closed) {
            return;
        }
        boolean post;
        synchronized (lock) {
            addPending.run();
            post = !posted;
            posted = true;
        }
        if (post) {
            uiThread.execute(this::deliver);
        }
    }

    private void deliver() {
        ConnectionState state;
        List<ListChange<ContainerSummary>> containers;
        List<ListChange<ImageSummary>> images;
        synchronized (lock) {
            state = pendingState;
            containers = pendingContainers;
            images = pendingImages;
            pendingState = null;
            pendingContainers = new ArrayList<>();
            pendingImages = new ArrayList<>();
            posted = false;
        }
        if (closed) {
            return;
        }
        if (!containers.isEmpty()) {
            target.containersChanged(ListChanges.merge(containers, ContainerSummary::id));
        }
        if (!images.isEmpty()) {
            target.imagesChanged(ListChanges.merge(images, ImageSummary::id));
        }
        if (state != null) {
            target.connectionChanged(state);
        }
    }
}
