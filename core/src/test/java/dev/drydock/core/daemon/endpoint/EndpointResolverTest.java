package dev.drydock.core.daemon.endpoint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which endpoint wins, and how it explains itself. Contexts in detail: {@link DockerContextTest}. */
class EndpointResolverTest {

    @TempDir
    Path root;
    FakeHost host;

    @BeforeEach
    void pretendMachine() {
        host = new FakeHost(root);
    }

    // --- detected sockets -------------------------------------------------------------------

    @Test
    void noSocketAnywhereGivesTheDefaultSocketAndSaysNoneWasFound() throws Exception {
        assertThat(host.resolve().uri()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(host.resolve().chosenBy()).isEqualTo("default socket; no daemon socket was found");
    }

    @Test
    void defaultSocket() throws Exception {
        host.socket("/var/run/docker.sock").socket("/run/user/1000/docker.sock").env("XDG_RUNTIME_DIR", "/run/user/1000");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///var/run/docker.sock", "default socket"));
    }

    @Test
    void rootlessDocker() throws Exception {
        host.env("XDG_RUNTIME_DIR", "/run/user/1000").socket("/run/user/1000/docker.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///run/user/1000/docker.sock", "rootless Docker socket"));
    }

    @Test
    void dockerDesktopOnLinux() throws Exception {
        host.socket("/home/alice/.docker/desktop/docker.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///home/alice/.docker/desktop/docker.sock", "Docker Desktop socket"));
    }

    @Test
    void dockerDesktopOnMac() throws Exception {
        host.os("Mac OS X", "/Users/alice").socket("/Users/alice/.docker/run/docker.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///Users/alice/.docker/run/docker.sock", "Docker Desktop socket"));
    }

    @Test
    void rootlessPodman() throws Exception {
        host.env("XDG_RUNTIME_DIR", "/run/user/1000").socket("/run/user/1000/podman/podman.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///run/user/1000/podman/podman.sock", "rootless Podman socket"));
    }

    @Test
    void systemPodman() throws Exception {
        host.socket("/run/podman/podman.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///run/podman/podman.sock", "Podman socket"));
    }

    @Test
    void windowsNamedPipe() throws Exception {
        host.os("Windows 11", "C:\\Users\\alice");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("npipe:////./pipe/docker_engine", "default named pipe"));
    }

    // --- DOCKER_HOST and TLS ----------------------------------------------------------------

    @Test
    void dockerHostUnix() throws Exception {
        host.env("DOCKER_HOST", "unix:///srv/docker.sock").socket("/var/run/docker.sock");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("unix:///srv/docker.sock", "DOCKER_HOST environment variable"));
    }

    @Test
    void dockerHostTcpWithoutTls() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box");
        assertThat(host.resolve()).isEqualTo(DockerEndpoint.of("tcp://build-box:2375", "DOCKER_HOST environment variable"));
    }

    @Test
    void dockerHostTcpWithTlsAndCertPath() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box:2376").env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", "/certs");
        assertThat(host.resolve()).isEqualTo(new DockerEndpoint("tcp://build-box:2376", true, Path.of("/certs"), null, "DOCKER_HOST environment variable"));
    }

    @Test
    void tlsVerifyWithoutCertPathUsesDotDocker() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box:2376").env("DOCKER_TLS_VERIFY", "1");
        assertThat(host.resolve().certPath()).isEqualTo(Path.of("/home/alice/.docker"));
    }

    @Test
    void tlsVerifyWithoutCertPathUsesDockerConfig() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box:2376").env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CONFIG", "/etc/dockercfg");
        assertThat(host.resolve().certPath()).isEqualTo(Path.of("/etc/dockercfg"));
    }

    @Test
    void certPathWithoutTlsVerifyKeepsCertificatesButDoesNotVerify() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box:2376").env("DOCKER_CERT_PATH", "/certs");
        assertThat(host.resolve()).extracting(DockerEndpoint::tlsVerify, DockerEndpoint::certPath).containsExactly(false, Path.of("/certs"));
    }

    @Test
    void noTlsNoCertificates() throws Exception {
        host.env("DOCKER_HOST", "tcp://build-box:2375");
        assertThat(host.resolve().certificates()).isEmpty();
    }

    @Test
    void blankDockerHostIsIgnored() throws Exception {
        host.env("DOCKER_HOST", "  ").socket("/var/run/docker.sock");
        assertThat(host.resolve().chosenBy()).isEqualTo("default socket");
    }

    // --- precedence -------------------------------------------------------------------------

    @Test
    void explicitHostBeatsDockerHost() throws Exception {
        host.env("DOCKER_HOST", "tcp://from-env:2375");
        assertThat(host.resolve(EndpointChoice.host("tcp://chosen:2375"))).isEqualTo(DockerEndpoint.of("tcp://chosen:2375", "address from the test"));
    }

    @Test
    void explicitHostTakesTlsFromTheEnvironmentLikeDockerDashH() throws Exception {
        host.env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", "/certs");
        assertThat(host.resolve(EndpointChoice.host("chosen:2376"))).isEqualTo(new DockerEndpoint("tcp://chosen:2376", true, Path.of("/certs"), null, "address from the test"));
    }

    @Test
    void explicitHostWithItsOwnTlsIgnoresTheEnvironment() throws Exception {
        host.env("DOCKER_TLS_VERIFY", "1").env("DOCKER_CERT_PATH", "/certs");
        assertThat(host.resolve(EndpointChoice.host("tcp://chosen:2376", false, null))).isEqualTo(DockerEndpoint.of("tcp://chosen:2376", "address from the test"));
    }

    @Test
    void explicitHostWithTls() throws Exception {
        assertThat(host.resolve(EndpointChoice.host("tcp://chosen:2376", true, "/my/certs"))).isEqualTo(new DockerEndpoint("tcp://chosen:2376", true, Path.of("/my/certs"), null, "address from the test"));
    }

    @Test
    void dockerHostBeatsExplicitContext() throws Exception {
        host.env("DOCKER_HOST", "unix:///srv/docker.sock").context("remote", "tcp://remote:2375", false);
        assertThat(host.resolve(EndpointChoice.context("remote")).chosenBy()).isEqualTo("DOCKER_HOST environment variable");
    }

    @Test
    void explicitContextBeatsDockerContext() throws Exception {
        host.env("DOCKER_CONTEXT", "other").context("remote", "tcp://remote:2375", false);
        assertThat(host.resolve(EndpointChoice.context("remote"))).isEqualTo(new DockerEndpoint("tcp://remote:2375", false, null, "remote", "context \"remote\" from the test"));
    }

    @Test
    void dockerContextBeatsCurrentContext() throws Exception {
        host.env("DOCKER_CONTEXT", "remote").context("remote", "tcp://remote:2375", false).dockerConfig("{\"currentContext\":\"other\"}");
        assertThat(host.resolve().chosenBy()).isEqualTo("context \"remote\" from the DOCKER_CONTEXT environment variable");
    }

    @Test
    void currentContextBeatsSockets() throws Exception {
        host.socket("/var/run/docker.sock").context("remote", "tcp://remote:2375", false).dockerConfig("{\"auths\":{},\"currentContext\":\"remote\"}");
        assertThat(host.resolve()).isEqualTo(new DockerEndpoint("tcp://remote:2375", false, null, "remote", "context \"remote\" from the current context in /home/alice/.docker/config.json"));
    }

    @Test
    void configWithoutCurrentContextFallsBackToSockets() throws Exception {
        host.socket("/var/run/docker.sock").dockerConfig("{\"auths\":{}}");
        assertThat(host.resolve().chosenBy()).isEqualTo("default socket");
    }

    @Test
    void dockerConfigVariableMovesTheConfigFolder() throws Exception {
        host.env("DOCKER_CONFIG", "/etc/dockercfg").context("remote", "tcp://remote:2375", false).dockerConfig("{\"currentContext\":\"remote\"}");
        assertThat(host.resolve().chosenBy()).isEqualTo("context \"remote\" from the current context in /etc/dockercfg/config.json");
    }

    @Test
    void defaultContextMeansTheDefaultEndpoint() throws Exception {
        host.socket("/run/podman/podman.sock");
        assertThat(host.resolve(EndpointChoice.context("default"))).isEqualTo(new DockerEndpoint("unix:///run/podman/podman.sock", false, null, "default", "context \"default\" from the test: Podman socket"));
    }

    @Test
    void defaultAsCurrentContextMeansTheDefaultEndpoint() throws Exception {
        host.socket("/var/run/docker.sock").dockerConfig("{\"currentContext\":\"default\"}");
        assertThat(host.resolve().uri()).isEqualTo("unix:///var/run/docker.sock");
    }
}
