package dev.drydock.core.docker;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translation of the exception shapes the transport really produces. Where the real daemon can
 * produce them, the daemon tests do; these cover shapes this machine cannot provoke (the tests
 * run as root, for whom every socket is open).
 */
class DaemonErrorsTest {

    private static final DockerEndpoint SOCKET = DockerEndpoint.of("unix:///var/run/docker.sock", "test");
    private final DaemonErrors errors = new DaemonErrors(SOCKET);

    /**
     * What a user outside the docker group gets: observed by running the transport as
     * {@code nobody} ({@code setpriv --reuid=65534}) against {@code /var/run/docker.sock}.
     */
    @Test
    void permissionDeniedOnTheSocketAdvisesTheDockerGroup() {
        RuntimeException observed = new RuntimeException(new BindException("Permission denied"));
        DaemonAccessException e = errors.translate(observed, "daemon", "");
        assertThat(e.problem()).isEqualTo(Problem.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("unix:///var/run/docker.sock").contains("permission denied");
        assertThat(e.advice()).contains("sudo usermod -aG docker $USER").contains("log out");
        assertThat(e.connectionLost()).isFalse();
    }

    @Test
    void permissionDeniedOnATcpEndpointDoesNotTalkAboutGroups() {
        DaemonErrors remote = new DaemonErrors(DockerEndpoint.of("tcp://build:2375", "test"));
        DaemonAccessException e = remote.translate(new RuntimeException(new SocketException("Permission denied")),
                "daemon", "");
        assertThat(e.problem()).isEqualTo(Problem.PERMISSION_DENIED);
        assertThat(e.advice()).doesNotContain("usermod");
    }

    @Test
    void missingSocketAndRefusedConnectionsMeanTheDaemonIsDown() {
        assertThat(errors.translate(new RuntimeException(new SocketException("No such file or directory")),
                "daemon", "").problem()).isEqualTo(Problem.DAEMON_DOWN);
        assertThat(errors.translate(new RuntimeException(new HttpHostConnectException("Connection refused")),
                "daemon", "").problem()).isEqualTo(Problem.DAEMON_DOWN);
    }

    @Test
    void timeoutsAreTimeouts() {
        DaemonAccessException e = errors.translate(new RuntimeException(new SocketTimeoutException("Read timed out")),
                "daemon", "");
        assertThat(e.problem()).isEqualTo(Problem.TIMEOUT);
        assertThat(e.getMessage()).contains("Read timed out");
    }

    @Test
    void tlsProblemsNameTheCertificateFolder() {
        DaemonErrors tls = new DaemonErrors(new DockerEndpoint("tcp://build:2376", true, Path.of("/home/me/.docker"),
                null, "test"));
        DaemonAccessException e = tls.translate(new RuntimeException(new SSLHandshakeException("PKIX path building failed")),
                "daemon", "");
        assertThat(e.problem()).isEqualTo(Problem.TLS_FAILURE);
        assertThat(e.getMessage()).contains("tcp://build:2376").contains("PKIX path building failed");
        assertThat(e.advice()).contains("/home/me/.docker");
    }

    @Test
    void dockerJavaStatusExceptionsCarryTheDaemonsWords() {
        DaemonAccessException missing = errors.translate(
                new NotFoundException("Status 404: {\"message\":\"No such container: abc\"}\n"), "container", "abc");
        assertThat(missing.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(missing.getMessage()).isEqualTo("No container abc exists on the daemon "
                + "(the daemon says: No such container: abc).");

        DaemonAccessException conflict = errors.translate(new ConflictException("Status 409: {\"message\":"
                + "\"conflict: unable to delete 0123456789ab (cannot be forced) - image is being used by running "
                + "container fedcba987654\"}"), "image", "web:1");
        assertThat(conflict.problem()).isEqualTo(Problem.CONFLICT);
        assertThat(conflict.advice()).contains("stop and remove");
    }

    @Test
    void otherDaemonAnswersAreDaemonErrorsWithItsMessage() {
        DaemonAccessException e = errors.fromStatus(500, "{\"message\":\"driver failed programming external connectivity\"}",
                "container", "web");
        assertThat(e.problem()).isEqualTo(Problem.DAEMON_ERROR);
        assertThat(e.getMessage()).contains("container web").contains("driver failed programming external connectivity")
                .contains("HTTP 500");
    }

    @Test
    void unknownFailuresBecomeDaemonErrorsWithoutStackTraces() {
        DaemonAccessException e = errors.translate(new IllegalStateException("something odd"), "daemon", "");
        assertThat(e.problem()).isEqualTo(Problem.DAEMON_ERROR);
        assertThat(e.explain()).contains("something odd").doesNotContain("at dev.drydock").doesNotContain("Exception");
    }

    @Test
    void daemonMessageFallsBackToPlainText() {
        assertThat(DaemonErrors.daemonMessage("page not found")).isEqualTo("page not found");
        assertThat(DaemonErrors.daemonMessage("")).isEqualTo("no details");
        assertThat(DaemonErrors.daemonMessage("x".repeat(600))).hasSize(501);
    }

    /** The other wording of a taken host port: the proxy could not bind it (seen with userland-proxy). */
    @Test
    void aHostPortTheProxyCannotBindIsAConflictAboutThePort() {
        DaemonAccessException e = errors.fromStatus(500, "{\"message\":\"driver failed programming external"
                + " connectivity on endpoint web: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind:"
                + " address already in use\"}", "container", "web");
        assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
        assertThat(e.getMessage()).startsWith("A host port the container publishes is already in use").contains("0.0.0.0:8080");
        assertThat(e.advice()).contains("127.0.0.1::PORT");
    }
}
