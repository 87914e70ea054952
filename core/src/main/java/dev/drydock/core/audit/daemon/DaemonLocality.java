package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDesktop;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the daemon runs on the machine Drydock runs on, so its files can be read here: it is reached
 * through a unix socket that exists on this file system, and it is not Docker Desktop (whose daemon lives
 * in a VM) nor rootless (CIS section 3 describes a daemon run by root).
 *
 * @param socketPath  host path of the daemon's socket when local
 * @param notHereReason why the daemon's files cannot be checked here, empty when they can
 */
record DaemonLocality(Optional<String> socketPath, String notHereReason) {

    static DaemonLocality of(DaemonAuditInput input, Path root) {
        DaemonInfo info = input.info();
        DockerEndpoint endpoint = input.endpoint();
        if (!DaemonFacts.isLinux(info)) {
            return notHere("hostFiles.notLinux", info.osType());
        }
        if (DockerDesktop.runs(info)) {
            return notHere("hostFiles.dockerDesktop", info.operatingSystem());
        }
        if (endpoint == null) {
            return notHere("hostFiles.noEndpoint");
        }
        if (!endpoint.scheme().equals("unix")) {
            return notHere("hostFiles.remote", endpoint.uri());
        }
        String socket = socketPath(endpoint.uri());
        if (socket.isEmpty() || !Files.exists(root.resolve(socket.replaceFirst("^/+", "")))) {
            return notHere("hostFiles.socketElsewhere", endpoint.uri());
        }
        if (info.rootless()) {
            return notHere("hostFiles.rootless");
        }
        return new DaemonLocality(Optional.of(socket), "");
    }

    boolean local() {
        return notHereReason.isEmpty();
    }

    private static DaemonLocality notHere(String key, Object... args) {
        return new DaemonLocality(Optional.empty(), TextedDaemonCheck.TEXTS.text(key, args));
    }

    private static String socketPath(String uri) {
        try {
            String path = URI.create(uri).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
