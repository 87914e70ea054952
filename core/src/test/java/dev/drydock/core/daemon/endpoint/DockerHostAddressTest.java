package dev.drydock.core.daemon.endpoint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerHostAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "tcp://build-box:2376,      tcp://build-box:2376",
            "tcp://build-box,           tcp://build-box:2375",
            "build-box:1234,            tcp://build-box:1234",
            "build-box,                 tcp://build-box:2375",
            "tcp://,                    tcp://localhost:2375",
            "tcp://:2376,               tcp://localhost:2376",
            "tcp://build-box:2375/,     tcp://build-box:2375",
            "TCP://build-box:2375,      tcp://build-box:2375",
            "tcp://[::1]:2376,          tcp://[::1]:2376",
            "tcp://[::1],               tcp://[::1]:2375",
            "unix:///run/docker.sock,   unix:///run/docker.sock",
            "unix://,                   unix:///var/run/docker.sock",
            "npipe://,                  npipe:////./pipe/docker_engine",
            "npipe:////./pipe/podman,   npipe:////./pipe/podman",
            "ssh://me@build-box,        ssh://me@build-box",
            "fd://,                     fd://",
            "'  unix:///x.sock  ',      unix:///x.sock",
    })
    void normalizesLikeTheDockerCli(String address, String expected) throws EndpointException {
        assertThat(DockerHostAddress.normalize(address, "the test")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"http://build-box:2375", "https://build-box", "tcp://build-box:abc",
            "tcp://build-box:99999", "tcp://build-box:2375/v1.41", "unix://tcp://x", "tcp://[::1:2375"})
    void rejectsWhatDockerRejects(String address) {
        assertThatThrownBy(() -> DockerHostAddress.normalize(address, "the test"))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining(address)
                .hasMessageContaining("from the test")
                .satisfies(e -> assertThat(((EndpointException) e).advice()).isNotBlank());
    }
}
