package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/**
 * The workbench's live connection to one endpoint: keeps the lists current through the listener it
 * was opened with, and lends its daemon to commands.
 */
public interface DaemonSession extends AutoCloseable {

    DockerEndpoint endpoint();

    /** Skips the wait before the next reconnection attempt. */
    void retryNow();

    /** The connection for commands and inspect; throws {@code DaemonAccessException} when there is none. */
    DockerDaemon daemon();

    @Override
    void close();
}
