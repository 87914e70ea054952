package dev.drydock.core.audit.harden;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerRunRendererTest {

    private final DockerRunRenderer renderer = new DockerRunRenderer();

    @Test
    void aRootContainerOnPort80GetsEveryHardeningFlagForTheSameImageAndCommand() {
        ContainerFixture container = ContainerFixture.plain().publish(80, "0.0.0.0", 8080);
        container.privileged = true;
        container.capAdd.add("SYS_ADMIN");
        container.securityOpt.add("seccomp=unconfined");
        assertThat(renderer.render(container.advise("/var/cache/app"))).isEqualTo("docker run -d --name web-hardened"
                + " --network app-net --cap-drop ALL --cap-add NET_BIND_SERVICE --security-opt no-new-privileges"
                + " --user 65534:65534 --read-only --tmpfs /tmp --tmpfs /var/cache/app --memory 512m --pids-limit 200"
                + " -p 127.0.0.1:8080:80 app:1 sleep 600");
    }

    @Test
    void wordsThatAShellWouldSplitAreQuoted() {
        ContainerFixture container = ContainerFixture.plain();
        container.command = List.of("sh", "-c", "echo it's $HOME");
        assertThat(renderer.render(container.advise())).endsWith(" app:1 sh -c 'echo it'\"'\"'s $HOME'");
        assertThat(renderer.words(container.advise())).endsWith("sh", "-c", "echo it's $HOME");
    }

    @Test
    void optionsSwitchedOffLeaveTheOriginalFlags() {
        ContainerFixture container = ContainerFixture.plain();
        container.privileged = true;
        container.pidMode = "host";
        HardenedRunConfig config = container.advise().withEnabled(HardeningKind.NO_PRIVILEGED, false)
                .withEnabled(HardeningKind.NO_HOST_NAMESPACES, false).withEnabled(HardeningKind.MEMORY_LIMIT, false);
        String command = renderer.render(config);
        assertThat(command).contains(" --privileged ", " --pid host ").doesNotContain("--memory");
    }

    @Test
    void keptMountsAndNonTcpPortsAreWrittenAsDockerTakesThem() {
        ContainerFixture container = ContainerFixture.plain().bind("/srv/data", "/data", false);
        container.ports.add(new dev.drydock.core.daemon.PortMapping(5353, 15353, "127.0.0.1", "udp"));
        assertThat(renderer.words(container.advise())).containsSequence("-p", "127.0.0.1:15353:5353/udp")
                .containsSequence("-v", "/srv/data:/data:ro");
    }

    @Test
    void byteSizesUseTheLargestEvenUnit() {
        assertThat(ByteSizes.docker(512L * 1024 * 1024)).isEqualTo("512m");
        assertThat(ByteSizes.docker(2L * 1024 * 1024 * 1024)).isEqualTo("2g");
        assertThat(ByteSizes.kubernetes(1536L * 1024)).isEqualTo("1536Ki");
        assertThat(ByteSizes.kubernetes(1000)).isEqualTo("1000");
    }
}
