package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/** Where the CLI finds the daemon and how it opens a connection to it. */
final class DaemonAccess {

    private DaemonAccess() {
    }

    // TODO(cli): replace with EndpointResolver once branch `live` has it.
    static DockerEndpoint resolve(String hostOverride, String contextOverride) {
        if (hostOverride != null && !hostOverride.isBlank()) {
            return DockerEndpoint.of(hostOverride, "--host option");
        }
        if (contextOverride != null) {
            throw new DaemonAccessException(DaemonAccessException.Problem.BAD_ENDPOINT,
                    "Docker contexts are not supported yet.", "Use --host instead.");
        }
        String env = System.getenv("DOCKER_HOST");
        if (env != null && !env.isBlank()) {
            return DockerEndpoint.of(env, "DOCKER_HOST environment variable");
        }
        return DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default socket");
    }

    // TODO(cli): call DockerDaemons.open directly once branch `docker` has it.
    static DockerDaemon open(DockerEndpoint endpoint) {
        try {
            return (DockerDaemon) Class.forName("dev.drydock.core.docker.DockerDaemons")
                    .getMethod("open", DockerEndpoint.class).invoke(null, endpoint);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new DaemonAccessException(DaemonAccessException.Problem.DAEMON_ERROR,
                    "This build has no Docker gateway yet.", "", e);
        }
    }
}
