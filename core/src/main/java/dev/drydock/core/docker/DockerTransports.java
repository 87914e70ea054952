package dev.drydock.core.docker;

import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static dev.drydock.core.docker.DaemonTexts.text;

/**
 * Checks an endpoint and builds HTTP clients for it: docker-java's Apache HttpClient 5 transport,
 * and for reads on a unix socket the lean {@link UnixSocketHttp}. unix and tcp work everywhere,
 * npipe only on Windows, ssh is refused with advice. TLS is used when
 * the endpoint asks to verify or names a certificate folder; the folder must hold
 * {@code ca.pem}, {@code cert.pem} and {@code key.pem}.
 */
final class DockerTransports {

    /** Nobody waits longer than this for a local or LAN daemon to accept a connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private static final List<String> CERT_FILES = List.of("ca.pem", "cert.pem", "key.pem");

    private final DockerEndpoint endpoint;
    private final URI host;
    private final Path certFolder;

    private DockerTransports(DockerEndpoint endpoint, URI host, Path certFolder) {
        this.endpoint = endpoint;
        this.host = host;
        this.certFolder = certFolder;
    }

    /** Validates {@code endpoint}; throws BAD_ENDPOINT or TLS_FAILURE when it cannot work. */
    static DockerTransports forEndpoint(DockerEndpoint endpoint) {
        URI uri = parse(endpoint.uri());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "unix" -> {
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    throw bad("syntax", endpoint.uri(), "no socket path");
                }
                return new DockerTransports(endpoint, uri, null);
            }
            case "npipe" -> {
                if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
                    throw bad("npipe", endpoint.uri());
                }
                return new DockerTransports(endpoint, uri, null);
            }
            case "tcp" -> {
                return tcp(endpoint, uri);
            }
            case "ssh" -> throw bad("ssh", endpoint.uri());
            default -> throw bad("scheme", endpoint.uri(), scheme.isEmpty() ? "(none)" : scheme);
        }
    }

    private static DockerTransports tcp(DockerEndpoint endpoint, URI uri) {
        if (uri.getHost() == null) {
            throw bad("syntax", endpoint.uri(), "no host name");
        }
        boolean tls = endpoint.tlsVerify() || endpoint.certPath() != null;
        Path folder = null;
        if (tls) {
            folder = endpoint.certPath() != null ? endpoint.certPath()
                    : Path.of(System.getProperty("user.home"), ".docker");
            for (String file : CERT_FILES) {
                Path pem = folder.resolve(file);
                if (!Files.isReadable(pem)) {
                    throw new DaemonAccessException(Problem.TLS_FAILURE,
                            text("tls-missing.message", endpoint.uri(), pem), text("tls-missing.advice", folder));
                }
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 2376 : 2375);
        URI host = URI.create("tcp://" + hostPart(uri.getHost()) + ":" + port);
        return new DockerTransports(endpoint, host, folder);
    }

    /** A client for ordinary requests: short connect timeout, answers expected within {@code responseTimeout}. */
    DockerHttpClient client(Duration responseTimeout) {
        return build(responseTimeout);
    }

    /**
     * A client for raw GETs (lists, inspect, info, events): {@link UnixSocketHttp} on a unix socket,
     * else docker-java's transport; {@code responseTimeout} null for streams that may stay silent
     * for hours (events).
     */
    DockerHttpClient readClient(Duration responseTimeout) {
        if ("unix".equalsIgnoreCase(host.getScheme())) {
            return new UnixSocketHttp(Path.of(host.getPath()), responseTimeout);
        }
        return build(responseTimeout);
    }

    /** The daemon address docker-java's own configuration wants, e.g. {@code tcp://host:2376}. */
    String dockerHost() {
        return host.toString();
    }

    Path certFolder() {
        return certFolder;
    }

    private DockerHttpClient build(Duration responseTimeout) {
        ApacheDockerHttpClient.Builder builder = new ApacheDockerHttpClient.Builder()
                .dockerHost(host)
                .maxConnections(16)
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(responseTimeout);
        if (certFolder != null) {
            builder.sslConfig(new LocalDirectorySSLConfig(certFolder.toString()));
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            if (certFolder != null) {
                // the only work done while building is reading the certificates
                throw new DaemonAccessException(Problem.TLS_FAILURE,
                        text("tls-unusable.message", certFolder, rootCause(e)), text("tls-unusable.advice"), e);
            }
            throw new DaemonErrors(endpoint).translate(e, "daemon", "");
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static URI parse(String text) {
        try {
            return new URI(text == null ? "" : text.trim());
        } catch (URISyntaxException e) {
            throw bad("syntax", text, e.getReason());
        }
    }

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static DaemonAccessException bad(String key, String uri, String... more) {
        Object[] args = new Object[1 + more.length];
        args[0] = uri;
        System.arraycopy(more, 0, args, 1, more.length);
        return new DaemonAccessException(Problem.BAD_ENDPOINT, text(key + ".message", args), text(key + ".advice"));
    }
}
