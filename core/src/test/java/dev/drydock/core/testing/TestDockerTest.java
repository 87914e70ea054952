package dev.drydock.core.testing;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestDockerTest {

    @Test
    void usesTheDefaultSocketWithoutDockerHost() {
        assertThat(TestDocker.endpoint(Map.of()).uri()).isEqualTo(DockerEndpoint.DEFAULT_UNIX_SOCKET);
    }

    @Test
    void followsDockerHostAndItsTlsSettings() {
        DockerEndpoint endpoint = TestDocker.endpoint(Map.of("DOCKER_HOST", "tcp://build:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs"));
        assertThat(endpoint.uri()).isEqualTo("tcp://build:2376");
        assertThat(endpoint.tlsVerify()).isTrue();
        assertThat(endpoint.certPath()).isEqualTo(Path.of("/certs"));
    }
}
