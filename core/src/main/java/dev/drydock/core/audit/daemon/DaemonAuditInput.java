package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/**
 * What the daemon audit judges: the daemon's own report and the endpoint Drydock reaches it through.
 */
public record DaemonAuditInput(DaemonInfo info, DockerEndpoint endpoint) {
}
