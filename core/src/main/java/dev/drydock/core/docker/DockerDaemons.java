package dev.drydock.core.docker;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/** Opens connections to Docker daemons; the only way into this package. */
public final class DockerDaemons {

    private DockerDaemons() {
    }

    /**
     * A connection to the daemon at {@code endpoint}. Checks the endpoint (scheme, TLS files) but
     * does not talk to the daemon yet: the first call does, and negotiates the API version.
     *
     * @throws dev.drydock.core.daemon.DaemonAccessException BAD_ENDPOINT for an address Drydock
     *         cannot use (e.g. {@code ssh://}), TLS_FAILURE when TLS certificates are missing
     */
    public static DockerDaemon open(DockerEndpoint endpoint) {
        return new DockerJavaDaemon(endpoint, DockerTransports.forEndpoint(endpoint));
    }
}
