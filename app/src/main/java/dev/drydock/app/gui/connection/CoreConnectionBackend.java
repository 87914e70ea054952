package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointCandidate;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.daemon.endpoint.EndpointResolver;
import dev.drydock.core.daemon.live.LiveListener;

import java.util.List;

/** The real thing: endpoints resolved like the docker CLI, live state from core. */
public final class CoreConnectionBackend implements ConnectionBackend {

    private final EndpointResolver resolver;

    public CoreConnectionBackend() {
        this(EndpointResolver.forThisMachine());
    }

    public CoreConnectionBackend(EndpointResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public DockerEndpoint resolve(EndpointChoice choice) throws EndpointException {
        return resolver.resolve(choice, choice.kind() == EndpointChoice.Kind.AUTOMATIC
                ? "automatic" : "Drydock's connection settings");
    }

    @Override
    public List<EndpointCandidate> candidates() {
        return resolver.candidates();
    }

    @Override
    public DaemonSession open(DockerEndpoint endpoint, LiveListener listener) {
        return LiveDaemonSession.open(endpoint, listener);
    }
}
