package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/**
 * Opens a connection to the daemon at an endpoint; {@code DockerDaemons::open} in production.
 */
@FunctionalInterface
public interface DaemonConnector {

    /** @throws DaemonAccessException when the endpoint cannot be used */
    DockerDaemon open(DockerEndpoint endpoint);
}
