package dev.drydock.core.daemon.endpoint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading docker contexts from the CLI's context store, and the errors users see. */
class DockerContextTest {

    @TempDir
    Path root;
    FakeHost host;

    @BeforeEach
    void pretendMachine() {
        host = new FakeHost(root);
    }

    @Test
    void storeFolderIsTheSha256OfTheName() {
        assertThat(DockerContexts.storeId("desktop-linux")).isEqualTo("fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e");
    }

    @Test
    void contextWithTlsFilesVerifies() throws Exception {
        host.context("secure", "tcp://secure:2376", false).contextTls("secure");
        assertThat(host.resolve(EndpointChoice.context("secure"))).extracting(DockerEndpoint::tlsVerify, DockerEndpoint::certPath).containsExactly(true, Path.of(host.tlsDir("secure")));
    }

    @Test
    void contextThatSkipsVerificationKeepsItsCertificates() throws Exception {
        host.context("lax", "tcp://lax:2376", true).contextTls("lax");
        assertThat(host.resolve(EndpointChoice.context("lax"))).extracting(DockerEndpoint::tlsVerify, DockerEndpoint::certPath).containsExactly(false, Path.of(host.tlsDir("lax")));
    }

    @Test
    void contextWithoutTlsFiles() throws Exception {
        host.context("plain", "tcp://plain:2375", false);
        assertThat(host.resolve(EndpointChoice.context("plain")).certificates()).isEmpty();
    }

    @Test
    void contextAddressIsNormalized() throws Exception {
        host.context("short", "tcp://short", false);
        assertThat(host.resolve(EndpointChoice.context("short")).uri()).isEqualTo("tcp://short:2375");
    }

    @Test
    void contextOverSsh() throws Exception {
        host.context("far", "ssh://me@far", false);
        assertThat(host.resolve(EndpointChoice.context("far")).uri()).isEqualTo("ssh://me@far");
    }

    @Test
    void unknownContextIsExplained() {
        assertThatThrownBy(() -> host.resolve(EndpointChoice.context("nope")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("The docker context \"nope\" (context \"nope\" from the test) does not exist.")
                .satisfies(e -> assertThat(((EndpointException) e).advice()).contains("docker context ls"));
    }

    @Test
    void unknownCurrentContextNamesTheConfigFile() {
        host.dockerConfig("{\"currentContext\":\"gone\"}");
        assertThatThrownBy(host::resolve).isInstanceOf(EndpointException.class).hasMessageContaining("/home/alice/.docker/config.json");
    }

    @Test
    void unknownDockerContextVariableIsExplained() {
        host.env("DOCKER_CONTEXT", "gone");
        assertThatThrownBy(host::resolve).isInstanceOf(EndpointException.class).hasMessageContaining("DOCKER_CONTEXT");
    }

    @Test
    void malformedContextMeta() {
        host.contextMeta("broken", "{\"Name\":\"broken\",");
        assertThatThrownBy(() -> host.resolve(EndpointChoice.context("broken"))).isInstanceOf(EndpointException.class).hasMessageContaining("is not valid JSON (line");
    }

    @Test
    void contextMetaThatIsNotAnObject() {
        host.contextMeta("odd", "[]");
        assertThatThrownBy(() -> host.resolve(EndpointChoice.context("odd"))).isInstanceOf(EndpointException.class).hasMessageContaining("is not a JSON object");
    }

    @Test
    void contextWithoutDockerEndpoint() {
        host.contextMeta("k8s", "{\"Name\":\"k8s\",\"Endpoints\":{\"kubernetes\":{\"Host\":\"https://k8s\"}}}");
        assertThatThrownBy(() -> host.resolve(EndpointChoice.context("k8s"))).isInstanceOf(EndpointException.class).hasMessage("The docker context \"k8s\" has no Docker endpoint.");
    }

    @Test
    void contextWithAnAddressDrydockCannotUse() {
        host.context("web", "http://web:2375", false);
        assertThatThrownBy(() -> host.resolve(EndpointChoice.context("web"))).isInstanceOf(EndpointException.class).hasMessageContaining("docker context \"web\"");
    }

    @Test
    void malformedConfigFile() {
        host.dockerConfig("{ currentContext: remote }");
        assertThatThrownBy(host::resolve).isInstanceOf(EndpointException.class).hasMessageStartingWith("The Docker configuration file at /home/alice/.docker/config.json is not valid JSON");
    }

    @Test
    void emptyConfigFile() {
        host.dockerConfig("");
        assertThatThrownBy(host::resolve).isInstanceOf(EndpointException.class).hasMessageContaining("config.json");
    }

    @Test
    void malformedConfigDoesNotMatterWhenDockerHostIsSet() throws Exception {
        host.dockerConfig("{").env("DOCKER_HOST", "tcp://build-box:2375");
        assertThat(host.resolve().uri()).isEqualTo("tcp://build-box:2375");
    }
}
