package dev.drydock.core.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The daemon tests talk to: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY},
 * {@code DOCKER_CERT_PATH}) or the default socket. Gives both Drydock's endpoint and a docker-java
 * client for setting things up (test code only).
 */
public final class TestDocker {

    private static volatile DockerClient client;

    private TestDocker() {
    }

    /** The endpoint the tests use, as Drydock describes endpoints. */
    public static DockerEndpoint endpoint() {
        return endpoint(System.getenv());
    }

    static DockerEndpoint endpoint(Map<String, String> env) {
        String host = env.getOrDefault("DOCKER_HOST", "");
        if (host.isBlank()) {
            return DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default socket (tests)");
        }
        boolean verify = !env.getOrDefault("DOCKER_TLS_VERIFY", "").isBlank();
        String certs = env.getOrDefault("DOCKER_CERT_PATH", "");
        Path certPath = certs.isBlank() ? (verify ? Path.of(System.getProperty("user.home"), ".docker") : null)
                : Path.of(certs);
        return new DockerEndpoint(host, verify, certPath, null, "DOCKER_HOST environment variable (tests)");
    }

    /** A docker-java client for test setup, shared per JVM. */
    public static DockerClient client() {
        DockerClient known = client;
        if (known == null) {
            synchronized (TestDocker.class) {
                if (client == null) {
                    client = newClient(Duration.ofSeconds(120));
                }
                known = client;
            }
        }
        return known;
    }

    /** A separate client with a short response timeout, for the availability check. */
    static DockerClient newClient(Duration responseTimeout) {
        DockerEndpoint endpoint = endpoint();
        ApacheDockerHttpClient.Builder http = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(endpoint.uri()))
                .connectionTimeout(Duration.ofSeconds(3))
                .responseTimeout(responseTimeout);
        if (endpoint.certPath() != null) {
            http.sslConfig(new LocalDirectorySSLConfig(endpoint.certPath().toString()));
        }
        DockerHttpClient transport = http.build();
        DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder()
                .withDockerHost(endpoint.uri())
                .withDockerTlsVerify(false)
                .build();
        return DockerClientImpl.getInstance(config, transport);
    }
}
