package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoints that cannot work, each with the problem and advice a user gets. */
class EndpointFailuresTest {

    @TempDir
    Path temp;

    @Test
    void missingUnixSocketMeansTheDaemonIsDown() {
        String uri = "unix://" + temp.resolve("docker.sock");
        try (DockerDaemon daemon = DockerDaemons.open(DockerEndpoint.of(uri, "test"))) {
            assertThatThrownBy(daemon::info).isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.DAEMON_DOWN);
                assertThat(e.getMessage()).isEqualTo("No Docker daemon answers at " + uri + ".");
                assertThat(e.advice()).isEqualTo("Start Docker (e.g. `sudo systemctl start docker`) "
                        + "or choose another endpoint.");
                assertThat(e.connectionLost()).isTrue();
            });
        }
    }

    @Test
    void closedLoopbackPortMeansTheDaemonIsDown() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (DockerDaemon daemon = DockerDaemons.open(DockerEndpoint.of("tcp://127.0.0.1:" + port, "test"))) {
            assertThatThrownBy(() -> daemon.ping(Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(DaemonAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DAEMON_DOWN));
        }
    }

    @Test
    void sshEndpointsAreRefusedWithAdvice() {
        assertThatThrownBy(() -> DockerDaemons.open(DockerEndpoint.of("ssh://me@build-host", "test")))
                .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_ENDPOINT);
                    assertThat(e.getMessage()).contains("ssh://me@build-host");
                    assertThat(e.advice()).contains("tcp://").contains("unix://").contains("ssh -nNT -L");
                });
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX})
    void namedPipesExistOnlyOnWindows() {
        assertThatThrownBy(() -> DockerDaemons.open(DockerEndpoint.of("npipe:////./pipe/docker_engine", "test")))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.BAD_ENDPOINT));
    }

    @Test
    void unknownSchemesAndBrokenAddressesAreBadEndpoints() {
        for (String uri : List.of("http://localhost:2375", "/var/run/docker.sock", "tcp://", "unix://", "tcp://a b")) {
            assertThatThrownBy(() -> DockerDaemons.open(DockerEndpoint.of(uri, "test"))).as(uri)
                    .isInstanceOfSatisfying(DaemonAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.BAD_ENDPOINT));
        }
    }

    @Test
    void tlsWithoutCertificatesNamesTheMissingFile() {
        DockerEndpoint endpoint = new DockerEndpoint("tcp://127.0.0.1:2376", true, temp, null, "test");
        assertThatThrownBy(() -> DockerDaemons.open(endpoint)).isInstanceOfSatisfying(DaemonAccessException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.TLS_FAILURE);
            assertThat(e.getMessage()).contains(temp.resolve("ca.pem").toString());
            assertThat(e.advice()).contains(temp.toString());
        });
    }

    @Test
    @DaemonTest
    void plainTcpReachesTheRealDaemon() throws Exception {
        try (LoopbackForwarder forwarder = new LoopbackForwarder(Path.of("/var/run/docker.sock"));
             DockerDaemon daemon = DockerDaemons.open(DockerEndpoint.of(forwarder.uri(), "test"))) {
            assertThat(daemon.info().serverVersion()).isNotBlank();
        }
    }

    @Test
    @DaemonTest
    void tlsAgainstThePlainHttpDaemonIsATlsFailure() throws Exception {
        Path certs = SelfSignedCertificates.writeTo(temp);
        try (LoopbackForwarder plainHttp = new LoopbackForwarder(Path.of("/var/run/docker.sock"));
             DockerDaemon daemon = DockerDaemons.open(new DockerEndpoint(plainHttp.uri(), true, certs, null, "test"))) {
            assertThatThrownBy(() -> daemon.ping(Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.TLS_FAILURE);
                        assertThat(e.getMessage()).contains(plainHttp.uri());
                        assertThat(e.advice()).contains(certs.toString()).contains("2375");
                    });
        }
    }

    @Test
    void unreadableCertificatesAreATlsFailure() throws Exception {
        for (String file : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.writeString(temp.resolve(file), "not a certificate");
        }
        assertThatThrownBy(() -> {
            try (DockerDaemon daemon = DockerDaemons.open(new DockerEndpoint("tcp://127.0.0.1:2376", true, temp,
                    null, "test"))) {
                daemon.ping(Duration.ofSeconds(5));
            }
        }).isInstanceOfSatisfying(DaemonAccessException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TLS_FAILURE);
                    assertThat(e.getMessage()).contains(temp.toString());
                });
    }

    @Test
    void aDaemonThatAcceptsButNeverAnswersTimesOut() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (DockerDaemon daemon = DockerDaemons.open(DockerEndpoint.of("tcp://127.0.0.1:" + silent.getLocalPort(),
                    "test"))) {
                assertThatThrownBy(() -> daemon.ping(Duration.ofMillis(300)))
                        .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                            assertThat(e.problem()).isEqualTo(Problem.TIMEOUT);
                            assertThat(e.connectionLost()).isTrue();
                        });
            }
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
