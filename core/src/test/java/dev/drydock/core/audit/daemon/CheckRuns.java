package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/** Runs one check on a daemon reached through the default socket. */
final class CheckRuns {

    private CheckRuns() {
    }

    static DaemonCheckResult run(DaemonCheck check, DaemonInfo info) {
        return check.run(new DaemonAuditInput(info, DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "test")));
    }

    static DaemonCheckResult run(DaemonCheck check, DaemonInfoBuilder info) {
        return run(check, info.build());
    }
}
