package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing, finding and inspecting containers: one hardened-looking and one privileged container. */
@DaemonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();
    private final String name = "drydock-test-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path shared;

    private DockerDaemon daemon;
    private TestImage image;
    private String web;
    private String privileged;
    private int hostPort;

    @BeforeAll
    void createContainers() throws IOException {
        image = TestImages.busybox();
        hostPort = freePort();
        web = containers.createRunning(image, cmd -> cmd
                .withName(name)
                .withLabels(Map.of("app", "web"))
                .withEnv("FOO=bar")
                .withUser("65534")
                .withExposedPorts(ExposedPort.tcp(8080))
                .withHostConfig(HostConfig.newHostConfig()
                        .withCapAdd(Capability.NET_ADMIN)
                        .withCapDrop(Capability.MKNOD)
                        .withReadonlyRootfs(true)
                        .withMemory(64L * 1024 * 1024)
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", hostPort),
                                ExposedPort.tcp(8080)))
                        .withBinds(new Bind(shared.toString(), new Volume("/data"), AccessMode.ro))));
        privileged = containers.create(image, cmd -> cmd.withHostConfig(HostConfig.newHostConfig().withPrivileged(true)));
        daemon = DockerDaemons.open(endpoint());
    }

    @AfterAll
    void disconnect() {
        if (daemon != null) {
            daemon.close();
        }
    }

    /** The daemon to read from; the same tests run over tcp in a subclass. */
    DockerEndpoint endpoint() {
        return TestDocker.endpoint();
    }

    @Test
    void listShowsNamesLabelsStatePortsAndMounts() {
        ContainerSummary listed = daemon.listContainers().stream().filter(c -> c.id().equals(web)).findFirst()
                .orElseThrow();
        assertThat(listed.name()).isEqualTo(name);
        assertThat(listed.names()).containsExactly(name);
        assertThat(listed.image()).isEqualTo(image.reference());
        assertThat(listed.imageId()).isEqualTo(image.id());
        assertThat(listed.command()).isEqualTo("sleep 600");
        assertThat(listed.state()).isEqualTo("running");
        assertThat(listed.running()).isTrue();
        assertThat(listed.status()).startsWith("Up");
        assertThat(listed.created()).isNotNull();
        assertThat(listed.labels()).containsEntry("app", "web").containsEntry(TestImages.RUN_LABEL, containers.runId());
        assertThat(listed.ports()).contains(new PortMapping(8080, hostPort, "127.0.0.1", "tcp"));
        assertThat(listed.ports()).allMatch(PortMapping::published);
        MountInfo mount = listed.mounts().get(0);
        assertThat(mount.type()).isEqualTo("bind");
        assertThat(mount.source()).isEqualTo(shared.toString());
        assertThat(mount.destination()).isEqualTo("/data");
        assertThat(mount.readWrite()).isFalse();
    }

    @Test
    void listIncludesContainersThatNeverRan() {
        ContainerSummary listed = daemon.listContainers().stream().filter(c -> c.id().equals(privileged))
                .findFirst().orElseThrow();
        assertThat(listed.state()).isEqualTo("created");
        assertThat(listed.running()).isFalse();
        assertThat(listed.ports()).isEmpty();
    }

    @Test
    void findContainerByFullOrShortId() {
        assertThat(daemon.findContainer(web)).map(ContainerSummary::id).contains(web);
        assertThat(daemon.findContainer(web.substring(0, 12))).map(ContainerSummary::id).contains(web);
        assertThat(daemon.findContainer(privileged)).map(ContainerSummary::state).contains("created");
    }

    @Test
    void findContainerIsEmptyOnceItIsGone() {
        String gone = containers.create(image);
        TestDocker.client().removeContainerCmd(gone).exec();
        assertThat(daemon.findContainer(gone)).isEmpty();
        assertThat(daemon.findContainer("")).isEmpty();
    }

    @Test
    void inspectMapsTheHardeningSettings() {
        ContainerDetails details = daemon.inspectContainer(web);
        assertThat(details.id()).isEqualTo(web);
        assertThat(details.name()).isEqualTo(name);
        assertThat(details.image()).isEqualTo(image.reference());
        assertThat(details.imageId()).isEqualTo(image.id());
        assertThat(details.path()).isEqualTo("sleep");
        assertThat(details.args()).containsExactly("600");
        assertThat(details.config().env()).contains("FOO=bar");
        assertThat(details.config().user()).isEqualTo("65534");
        assertThat(details.config().cmd()).containsExactly("sleep", "600");
        assertThat(details.config().exposedPorts()).containsExactly("8080/tcp");
        assertThat(details.config().labels()).containsEntry("app", "web");
        ContainerDetails.HostSettings host = details.host();
        assertThat(host.privileged()).isFalse();
        assertThat(host.capAdd()).containsExactly("NET_ADMIN");
        assertThat(host.capDrop()).containsExactly("MKNOD");
        assertThat(host.readonlyRootfs()).isTrue();
        assertThat(host.memoryBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(host.portBindings()).containsExactly(new PortMapping(8080, hostPort, "127.0.0.1", "tcp"));
        assertThat(host.binds()).containsExactly(shared + ":/data:ro");
        assertThat(host.restartPolicy()).isEqualTo("no");
        assertThat(host.logDriver()).isNotBlank();
        assertThat(details.mounts()).extracting(MountInfo::destination).containsExactly("/data");
        assertThat(details.networks()).containsKey("bridge");
        assertThat(details.networks().get("bridge")).isNotBlank();
    }

    @Test
    void inspectMapsTheRunningState() {
        ContainerDetails.ContainerState state = daemon.inspectContainer(web).state();
        assertThat(state.status()).isEqualTo("running");
        assertThat(state.running()).isTrue();
        assertThat(state.pid()).isPositive();
        assertThat(state.startedAt()).isNotNull();
        assertThat(state.finishedAt()).isNull();
        assertThat(state.health()).isEmpty();
    }

    @Test
    void inspectShowsAPrivilegedContainerThatNeverStarted() {
        ContainerDetails details = daemon.inspectContainer(privileged);
        assertThat(details.host().privileged()).isTrue();
        assertThat(details.host().readonlyRootfs()).isFalse();
        assertThat(details.state().status()).isEqualTo("created");
        assertThat(details.state().startedAt()).isNull();
        assertThat(details.host().memoryBytes()).isZero();
    }

    @Test
    void rawJsonIsTheDaemonsAnswer() throws Exception {
        ContainerDetails details = daemon.inspectContainer(web.substring(0, 12));
        assertThat(new ObjectMapper().readTree(details.rawJson()).get("Id").asText()).isEqualTo(web);
        assertThat(details.rawJson()).contains("\"HostConfig\"");
    }

    @Test
    void unknownContainerIsNotFound() {
        assertThatThrownBy(() -> daemon.inspectContainer("drydock-no-such-container"))
                .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).contains("container drydock-no-such-container");
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
