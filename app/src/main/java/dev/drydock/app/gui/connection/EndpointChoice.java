package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.util.Objects;

/**
 * Which daemon the user wants: {@link #automatic()} finds it like the docker CLI does
 * (DOCKER_HOST, the current context, the default socket); otherwise a fixed endpoint.
 */
public record EndpointChoice(DockerEndpoint fixed) {

    public static EndpointChoice automatic() {
        return new EndpointChoice(null);
    }

    public static EndpointChoice of(DockerEndpoint endpoint) {
        return new EndpointChoice(Objects.requireNonNull(endpoint));
    }

    public boolean isAutomatic() {
        return fixed == null;
    }
}
