package dev.drydock.core.docker;

import dev.drydock.core.daemon.ContainerChange;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.daemon.PublishedPort;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Creating containers, reading their changes ({@code docker diff}) and their log tail through the
 * connection, on the real daemon; and the refusals (name taken, image missing, host port taken) as
 * clear messages.
 */
@DaemonTest
class ContainerCreationDaemonTest {

    private final TestContainers containers = new TestContainers();
    private DockerDaemon daemon;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterEach
    void cleanUp() {
        containers.close();
        daemon.close();
    }

    private ContainerSpec.Builder busybox() {
        return ContainerSpec.builder(TestImages.busybox().reference()).labels(containers.labels())
                .name("drydock-create-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void everySettingOfTheSpecReachesTheContainer() {
        ContainerSpec spec = busybox().cmd("sleep", "600").user("65534:65534").workingDir("/tmp")
                .env(List.of("MODE=test")).label("purpose", "creation-test").networkMode("none")
                .capDrop(List.of("ALL")).capAdd(List.of("CAP_NET_BIND_SERVICE")).securityOpt(List.of("no-new-privileges"))
                .readOnlyRootfs(true).tmpfs("/tmp").tmpfs("/run", "size=1m").memoryBytes(64L * 1024 * 1024)
                .pidsLimit(50).restartPolicy("on-failure:2").init(true).hostname("drydock-test-host").build();

        String id = daemon.createContainer(spec);
        daemon.startContainer(id);

        ContainerDetails details = daemon.inspectContainer(id);
        assertThat(details.name()).isEqualTo(spec.name());
        assertThat(details.state().running()).isTrue();
        assertThat(details.config().cmd()).containsExactly("sleep", "600");
        assertThat(details.config().user()).isEqualTo("65534:65534");
        assertThat(details.config().workingDir()).isEqualTo("/tmp");
        assertThat(details.config().hostname()).isEqualTo("drydock-test-host");
        assertThat(details.config().env()).contains("MODE=test");
        assertThat(details.config().labels()).containsEntry("purpose", "creation-test");
        ContainerDetails.HostSettings host = details.host();
        assertThat(host.networkMode()).isEqualTo("none");
        assertThat(host.capDrop()).containsExactly("ALL");
        assertThat(host.capAdd()).containsExactly("NET_BIND_SERVICE");
        assertThat(host.securityOpt()).containsExactly("no-new-privileges");
        assertThat(host.readonlyRootfs()).isTrue();
        assertThat(host.memoryBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(host.pidsLimit()).isEqualTo(50);
        assertThat(host.restartPolicy()).isEqualTo("on-failure:2");
        assertThat(host.init()).isTrue();
        assertThat(details.rawJson()).contains("\"/run\":\"size=1m\"");
    }

    @Test
    void aPortOnLoopbackWithoutAHostPortGetsAFreeOne() {
        String id = daemon.createContainer(busybox().cmd("sleep", "600")
                .ports(List.of(new PublishedPort("127.0.0.1", 0, 8080, "tcp"))).build());
        daemon.startContainer(id);

        PortMapping bound = daemon.findContainer(id).orElseThrow().ports().stream()
                .filter(PortMapping::published).findFirst().orElseThrow();
        assertThat(bound.hostIp()).isEqualTo("127.0.0.1");
        assertThat(bound.privatePort()).isEqualTo(8080);
        assertThat(bound.publicPort()).isPositive();
    }

    @Test
    void changesListWhatTheContainerWroteAndTheLogTailItsLastLines() {
        String id = daemon.createContainer(busybox().networkMode("none").cmd("sh", "-c",
                "mkdir -p /var/lib/app && echo data > /var/lib/app/data && echo x > /tmp/x"
                        + " && echo one && echo two && echo three && sleep 600").build());
        daemon.startContainer(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> daemon.containerLogTail(id, 5).contains("three"));
        assertThat(daemon.containerLogTail(id, 2)).containsExactly("two", "three");
        assertThat(daemon.containerChanges(id)).contains(
                new ContainerChange("/var/lib/app", ContainerChange.Kind.ADDED),
                new ContainerChange("/var/lib/app/data", ContainerChange.Kind.ADDED),
                new ContainerChange("/tmp", ContainerChange.Kind.CHANGED),
                new ContainerChange("/tmp/x", ContainerChange.Kind.ADDED));
    }

    @Test
    void aTakenNameIsAConflictThatSaysSo() {
        ContainerSpec spec = busybox().networkMode("none").build();
        daemon.createContainer(spec);

        assertThatThrownBy(() -> daemon.createContainer(spec)).isInstanceOfSatisfying(DaemonAccessException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.getMessage()).contains("name is already taken").contains(spec.name());
                });
    }

    @Test
    void aMissingImageIsNotFoundAndNothingIsPulled() {
        ContainerSpec spec = ContainerSpec.builder("drydock-test/no-such-image:" + UUID.randomUUID()).build();

        assertThatThrownBy(() -> daemon.createContainer(spec)).isInstanceOfSatisfying(DaemonAccessException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).contains("image is not on the daemon");
                    assertThat(e.advice()).contains("never pulls");
                });
    }

    @Test
    void aTakenHostPortIsAConflictWhenStarting() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<PublishedPort> same = List.of(new PublishedPort("127.0.0.1", port, 80, "tcp"));
        daemon.startContainer(daemon.createContainer(busybox().cmd("sleep", "600").ports(same).build()));
        String second = daemon.createContainer(busybox().cmd("sleep", "600").ports(same).build());

        assertThatThrownBy(() -> daemon.startContainer(second)).isInstanceOfSatisfying(DaemonAccessException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.getMessage()).contains("host port").contains(Integer.toString(port));
                });
    }
}
