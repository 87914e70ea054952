package dev.drydock.app.cli;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.daemon.endpoint.EndpointResolver;
import dev.drydock.core.docker.DockerDaemons;

/** Where the CLI finds the daemon and how it opens a connection to it. */
final class DaemonAccess {

    private DaemonAccess() {
    }

    /**
     * The endpoint for the {@code --host} / {@code --context} options (at most one of them), else
     * the one the docker CLI would choose.
     */
    static DockerEndpoint resolve(String hostOverride, String contextOverride) throws EndpointException {
        EndpointResolver resolver = EndpointResolver.forThisMachine();
        if (hostOverride != null) {
            return resolver.resolve(EndpointChoice.host(hostOverride), "the --host option");
        }
        if (contextOverride != null) {
            return resolver.resolve(EndpointChoice.context(contextOverride), "the --context option");
        }
        return resolver.resolve();
    }

    static DockerDaemon open(DockerEndpoint endpoint) {
        return DockerDaemons.open(endpoint);
    }
}
