package dev.drydock.core.daemon.endpoint;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a daemon listens and how Drydock decided to use it.
 *
 * @param uri          {@code unix:///var/run/docker.sock}, {@code tcp://host:2376},
 *                     {@code npipe:////./pipe/docker_engine}, {@code ssh://user@host}
 * @param tlsVerify    true when the server certificate must be verified (DOCKER_TLS_VERIFY)
 * @param certPath     folder with {@code ca.pem}, {@code cert.pem}, {@code key.pem}; null for none
 * @param contextName  the docker context this came from, null when none
 * @param chosenBy     how it was chosen, in words for the user, e.g.
 *                     "DOCKER_HOST environment variable" or "default socket"
 */
public record DockerEndpoint(String uri, boolean tlsVerify, Path certPath, String contextName,
                             String chosenBy) {

    public static final String DEFAULT_UNIX_SOCKET = "unix:///var/run/docker.sock";

    public static DockerEndpoint of(String uri, String chosenBy) {
        return new DockerEndpoint(uri, false, null, null, chosenBy);
    }

    public Optional<Path> certificates() {
        return Optional.ofNullable(certPath);
    }

    public Optional<String> context() {
        return Optional.ofNullable(contextName);
    }

    public String scheme() {
        int i = uri.indexOf("://");
        return i < 0 ? "" : uri.substring(0, i);
    }

    /** The endpoint with a different explanation of how it was chosen. */
    public DockerEndpoint chosenBy(String how) {
        return new DockerEndpoint(uri, tlsVerify, certPath, contextName, how);
    }

    /** One line for a status bar: {@code unix:///var/run/docker.sock (default socket)}. */
    public String describe() {
        return uri + " (" + chosenBy + ")";
    }
}
