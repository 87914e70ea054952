package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.BackoffPolicy;
import dev.drydock.core.daemon.live.LiveDaemonState;
import dev.drydock.core.daemon.live.LiveListener;
import dev.drydock.core.docker.DockerDaemons;

/**
 * A session backed by core's {@link LiveDaemonState} for the lists, plus a connection of its own for
 * commands and inspect, opened when the first command needs it.
 */
final class LiveDaemonSession implements DaemonSession {

    private final DockerEndpoint endpoint;
    private final LiveDaemonState live;
    private DockerDaemon commands;
    private boolean closed;

    private LiveDaemonSession(DockerEndpoint endpoint, LiveDaemonState live) {
        this.endpoint = endpoint;
        this.live = live;
    }

    static LiveDaemonSession open(DockerEndpoint endpoint, LiveListener listener) {
        LiveDaemonState live = new LiveDaemonState(DockerDaemons::open, endpoint, BackoffPolicy.standard());
        live.addListener(listener);
        live.start();
        return new LiveDaemonSession(endpoint, live);
    }

    @Override
    public DockerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void retryNow() {
        live.retryNow();
    }

    @Override
    public synchronized DockerDaemon daemon() {
        if (closed) {
            throw new IllegalStateException("This connection was closed");
        }
        if (commands == null) {
            commands = DockerDaemons.open(endpoint);
        }
        return commands;
    }

    @Override
    public void close() {
        DockerDaemon toClose;
        synchronized (this) {
            closed = true;
            toClose = commands;
            commands = null;
        }
        live.close();
        if (toClose != null) {
            toClose.close();
        }
    }
}
