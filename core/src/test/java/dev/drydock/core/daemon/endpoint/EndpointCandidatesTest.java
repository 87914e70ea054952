package dev.drydock.core.daemon.endpoint;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The list of daemons offered in the connection settings. */
class EndpointCandidatesTest {

    @TempDir
    Path root;
    FakeHost host;

    @BeforeEach
    void pretendMachine() {
        host = new FakeHost(root);
    }

    @Test
    void bareMachineOffersAutomaticAndTheMissingDefaultSocket() {
        assertThat(host.resolver().candidates())
                .extracting(EndpointCandidate::label, c -> c.endpoint().uri(), EndpointCandidate::presence)
                .containsExactly(
                        tuple("Automatic", "unix:///var/run/docker.sock", SocketPresence.MISSING),
                        tuple("Context \"default\"", "unix:///var/run/docker.sock", SocketPresence.MISSING),
                        tuple("Default socket", "unix:///var/run/docker.sock", SocketPresence.MISSING));
    }

    @Test
    void offersContextsDockerHostAndExistingSockets() {
        host.env("XDG_RUNTIME_DIR", "/run/user/1000").env("DOCKER_HOST", "tcp://build-box:2375")
                .socket("/run/user/1000/docker.sock").socket("/run/podman/podman.sock")
                .context("desktop-linux", "unix:///home/alice/.docker/desktop/docker.sock", false)
                .context("rootless", "unix:///run/user/1000/docker.sock", false);

        List<EndpointCandidate> candidates = host.resolver().candidates();

        assertThat(candidates)
                .extracting(EndpointCandidate::label, c -> c.endpoint().uri(), EndpointCandidate::presence)
                .containsExactly(
                        tuple("Automatic", "tcp://build-box:2375", SocketPresence.NOT_CHECKED),
                        tuple("Context \"default\"", "unix:///run/user/1000/docker.sock", SocketPresence.FOUND),
                        tuple("Context \"desktop-linux\"", "unix:///home/alice/.docker/desktop/docker.sock", SocketPresence.MISSING),
                        tuple("Context \"rootless\"", "unix:///run/user/1000/docker.sock", SocketPresence.FOUND),
                        tuple("DOCKER_HOST", "tcp://build-box:2375", SocketPresence.NOT_CHECKED),
                        tuple("Rootless Docker socket", "unix:///run/user/1000/docker.sock", SocketPresence.FOUND),
                        tuple("Podman socket", "unix:///run/podman/podman.sock", SocketPresence.FOUND));
        assertThat(candidates.get(2).socketMissing()).isTrue();
    }

    @Test
    void eachCandidateRemembersAChoiceThatResolvesToIt() throws Exception {
        host.socket("/var/run/docker.sock").context("remote", "tcp://remote:2375", false);
        for (EndpointCandidate candidate : host.resolver().candidates()) {
            assertThat(host.resolve(candidate.choice()).uri()).as(candidate.label()).isEqualTo(candidate.endpoint().uri());
        }
    }

    @Test
    void brokenContextsAreLeftOutInsteadOfFailing() {
        host.socket("/var/run/docker.sock").contextMeta("broken", "{").context("fine", "tcp://fine:2375", false);
        assertThat(host.resolver().candidates()).extracting(EndpointCandidate::label).contains("Context \"fine\"").noneMatch(l -> l.contains("broken"));
    }

    @Test
    void brokenCurrentContextLeavesOutOnlyAutomatic() {
        host.socket("/var/run/docker.sock").dockerConfig("{\"currentContext\":\"gone\"}");
        assertThat(host.resolver().candidates()).extracting(EndpointCandidate::label).containsExactly("Context \"default\"", "Default socket");
    }
}
