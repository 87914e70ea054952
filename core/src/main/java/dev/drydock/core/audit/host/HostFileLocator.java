package dev.drydock.core.audit.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the daemon files of CIS section 3 under a file system root ({@code /} on a real host, a temp
 * tree in tests). Unit files are looked for in the usual systemd directories; the same file reached
 * twice (e.g. {@code /lib} linked to {@code /usr/lib}) is listed once.
 */
public final class HostFileLocator {

    static final List<String> SYSTEMD_DIRECTORIES =
            List.of("/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system");
    static final String DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";
    static final List<String> CONTAINERD_SOCKETS =
            List.of("/run/containerd/containerd.sock", "/var/run/docker/containerd/containerd.sock");

    private final Path root;
    private final String dockerSocket;
    private DaemonTlsFiles tlsFiles;

    /**
     * @param root         the host's file system root
     * @param dockerSocket host path of the socket the daemon listens on, when known from the endpoint
     */
    public HostFileLocator(Path root, Optional<String> dockerSocket) {
        this.root = root;
        this.dockerSocket = dockerSocket.orElse(DEFAULT_DOCKER_SOCKET);
    }

    /** The file system root host paths are read under. */
    public Path root() {
        return root;
    }

    /** The path under the root for a host path such as {@code /etc/docker}. */
    public Path onDisk(String hostPath) {
        return root.resolve(hostPath.replaceFirst("^/+", ""));
    }

    public LocatedFiles locate(HostFile file) {
        return switch (file) {
            case DOCKER_SERVICE -> unitFile("docker.service");
            case DOCKER_SOCKET_UNIT -> unitFile("docker.socket");
            case ETC_DOCKER -> firstExisting(List.of("/etc/docker"));
            case REGISTRY_CERTIFICATES -> registryCertificates();
            case TLS_CA_CERTIFICATE -> tlsFile("tlscacert");
            case TLS_SERVER_CERTIFICATE -> tlsFile("tlscert");
            case TLS_SERVER_KEY -> tlsFile("tlskey");
            case DOCKER_SOCKET -> firstExisting(List.of(dockerSocket));
            case DAEMON_JSON -> firstExisting(List.of("/etc/docker/daemon.json"));
            case ETC_DEFAULT_DOCKER -> firstExisting(List.of("/etc/default/docker"));
            case SYSCONFIG_DOCKER -> firstExisting(List.of("/etc/sysconfig/docker"));
            case CONTAINERD_SOCKET -> firstExisting(CONTAINERD_SOCKETS);
        };
    }

    private LocatedFiles unitFile(String name) {
        List<String> found = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (String directory : SYSTEMD_DIRECTORIES) {
            String hostPath = directory + "/" + name;
            Path path = onDisk(hostPath);
            if (Files.isRegularFile(path) && seen.stream().noneMatch(other -> sameFile(other, path))) {
                found.add(hostPath);
                seen.add(path);
            }
        }
        return LocatedFiles.found(found, "no " + name + " in " + String.join(", ", SYSTEMD_DIRECTORIES));
    }

    private LocatedFiles firstExisting(List<String> candidates) {
        // a file behind a directory we may not enter (e.g. /run/containerd) is neither known to exist nor not to
        Optional<String> found = candidates.stream().filter(candidate -> !Files.notExists(onDisk(candidate))).findFirst();
        return LocatedFiles.found(found.stream().toList(), "no " + String.join(" or ", candidates));
    }

    private LocatedFiles registryCertificates() {
        String certsDirectory = "/etc/docker/certs.d";
        Path directory = onDisk(certsDirectory);
        if (!Files.isDirectory(directory)) {
            return LocatedFiles.found(List.of(), "no " + certsDirectory);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> found = files.filter(Files::isRegularFile).sorted()
                    .map(path -> certsDirectory + "/" + directory.relativize(path).toString().replace('\\', '/'))
                    .toList();
            return LocatedFiles.found(found, "no files in " + certsDirectory);
        } catch (IOException | UncheckedIOException e) {
            return LocatedFiles.found(List.of(), "could not list " + certsDirectory + " (" + e.getMessage() + ")");
        }
    }

    private LocatedFiles tlsFile(String option) {
        if (tlsFiles == null) {
            tlsFiles = DaemonTlsFiles.read(root);
        }
        Optional<String> named = tlsFiles.path(option);
        if (named.isEmpty()) {
            return LocatedFiles.found(List.of(), "the daemon is not given --" + option
                    + " (neither on its command line nor in /etc/docker/daemon.json)");
        }
        return firstExisting(List.of(named.get()));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
