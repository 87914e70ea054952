package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/**
 * {@code drydock info --format json}: the endpoint and how it was chosen, and the daemon's facts
 * (the fields of {@link DaemonInfo}, by their record component names). Fields are only ever added.
 */
record InfoJson(Endpoint endpoint, DaemonInfo daemon) {

    record Endpoint(String uri, String chosenBy, String context, boolean tlsVerify, String certPath) {
    }

    static InfoJson of(DockerEndpoint endpoint, DaemonInfo info) {
        return new InfoJson(new Endpoint(endpoint.uri(), endpoint.chosenBy(), endpoint.contextName(),
                endpoint.tlsVerify(), endpoint.certPath() == null ? null : endpoint.certPath().toString()), info);
    }
}
