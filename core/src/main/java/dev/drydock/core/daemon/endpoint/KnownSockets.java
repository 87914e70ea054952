package dev.drydock.core.daemon.endpoint;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The places where Docker-compatible daemons usually listen on this kind of machine, most usual
 * first: the system socket, rootless Docker, Docker Desktop, Podman; the named pipe on Windows.
 */
final class KnownSockets {

    /** One well-known place, and what it is for the user. */
    record Place(String uri, String description) {
    }

    private final HostEnvironment host;

    KnownSockets(HostEnvironment host) {
        this.host = host;
    }

    List<Place> places() {
        List<Place> places = new ArrayList<>();
        if (host.windows()) {
            places.add(new Place("npipe://" + DockerHostAddress.DEFAULT_PIPE, "default named pipe"));
            return places;
        }
        places.add(unix(DockerHostAddress.DEFAULT_UNIX_PATH, "default socket"));
        Optional<String> runtimeDir = host.variable("XDG_RUNTIME_DIR");
        if (host.macOs()) {
            places.add(unix(host.homePath(".docker", "run", "docker.sock"), "Docker Desktop socket"));
        } else {
            runtimeDir.ifPresent(dir -> places.add(unix(host.join(dir, "docker.sock"), "rootless Docker socket")));
            places.add(unix(host.homePath(".docker", "desktop", "docker.sock"), "Docker Desktop socket"));
        }
        runtimeDir.ifPresent(dir -> places.add(unix(host.join(dir, "podman", "podman.sock"), "rootless Podman socket")));
        if (!host.macOs()) {
            places.add(unix("/run/podman/podman.sock", "Podman socket"));
        }
        return places;
    }

    /** The first place whose socket exists, or the default one when none does. */
    Place detect() {
        List<Place> places = places();
        return places.stream().filter(this::present).findFirst().orElse(places.get(0));
    }

    boolean present(Place place) {
        return presence(place.uri()) != SocketPresence.MISSING;
    }

    /** Whether the socket behind an address exists; only local unix sockets can be checked. */
    SocketPresence presence(String uri) {
        if (!uri.startsWith("unix://")) {
            return SocketPresence.NOT_CHECKED;
        }
        return Files.exists(host.locate(uri.substring("unix://".length())))
                ? SocketPresence.FOUND : SocketPresence.MISSING;
    }

    private static Place unix(String path, String description) {
        return new Place("unix://" + path, description);
    }
}
