package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.FOUND_PROBLEMS;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.NOT_APPLICABLE;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

class UnencryptedTcpCheckTest {

    private final UnencryptedTcpCheck check = new UnencryptedTcpCheck();

    private DaemonCheckResult through(DockerEndpoint endpoint) {
        return check.run(new DaemonAuditInput(DaemonInfoBuilder.hardened().build(), endpoint));
    }

    @Test
    void plainTcpIsAnError() {
        DaemonCheckResult result = through(DockerEndpoint.of("tcp://10.0.0.5:2375", "DOCKER_HOST"));
        assertThat(result.status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.cisSection()).isEqualTo("2.7");
            assertThat(f.explanation()).contains("tcp://10.0.0.5:2375");
        });
    }

    @Test
    void tcpWithTlsAndLocalSocketsPass() {
        assertThat(through(new DockerEndpoint("tcp://10.0.0.5:2376", true, Path.of("/certs"), null, "x")).status())
                .isEqualTo(PASSED);
        DaemonCheckResult local = through(DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default"));
        assertThat(local.status()).isEqualTo(PASSED);
        assertThat(local.note()).contains("cannot be seen through the API");
        assertThat(through(DockerEndpoint.of("ssh://me@host", "context")).status()).isEqualTo(PASSED);
        assertThat(through(null).status()).isEqualTo(NOT_APPLICABLE);
    }
}
