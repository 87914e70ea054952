package dev.drydock.core.daemon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerSpecTest {

    @Test
    void aBareSpecKeepsEveryDockerDefault() {
        ContainerSpec spec = ContainerSpec.builder("app:1").build();

        assertThat(spec.name()).isEmpty();
        assertThat(spec.cmd()).isEmpty();
        assertThat(spec.networkMode()).isEmpty();
        assertThat(spec.memoryBytes()).isZero();
        assertThat(spec.privileged()).isFalse();
        assertThat(spec.autoRemove()).isFalse();
        assertThat(spec.healthcheck()).isEmpty();
    }

    @Test
    void toBuilderKeepsEverythingAndChangesOnlyWhatIsSet() {
        ContainerSpec spec = ContainerSpec.builder("app:1").name("web").cmd("serve", "--port", "80")
                .label("a", "1").label("b", "2").tmpfs("/tmp").tmpfs("/run", "size=1m").networkMode("none")
                .securityOpt(List.of("seccomp={\"defaultAction\":\"SCMP_ACT_ERRNO\"}")).memoryBytes(1 << 20)
                .pidsLimit(10).ports(List.of(new PublishedPort("", 8080, 80, "tcp"))).autoRemove(false).build();

        ContainerSpec renamed = spec.toBuilder().name("web-2").build();

        assertThat(renamed).isEqualTo(new ContainerSpec("web-2", spec.image(), spec.entrypoint(), spec.cmd(),
                spec.user(), spec.workingDir(), spec.env(), spec.labels(), spec.privileged(), spec.networkMode(),
                spec.pidMode(), spec.ipcMode(), spec.utsMode(), spec.userNsMode(), spec.capAdd(), spec.capDrop(),
                spec.securityOpt(), spec.readOnlyRootfs(), spec.tmpfs(), spec.memoryBytes(), spec.pidsLimit(),
                spec.ports(), spec.mounts(), spec.restartPolicy(), spec.init(), spec.autoRemove(), spec.healthcheck(),
                spec.hostname()));
        assertThat(renamed.tmpfs().keySet()).containsExactly("/tmp", "/run");
        assertThat(renamed.labels().keySet()).containsExactly("a", "b");
    }

    @Test
    void aSpecNeedsAnImage() {
        assertThatThrownBy(() -> ContainerSpec.builder(" ").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishedPortsReadAsDockerRunWritesThem() {
        assertThat(new PublishedPort("", 8080, 80, "tcp").display()).isEqualTo("8080:80");
        assertThat(new PublishedPort("127.0.0.1", 0, 80, "tcp").display()).isEqualTo("127.0.0.1::80");
        assertThat(new PublishedPort("::1", 53, 53, "udp").display()).isEqualTo("[::1]:53:53/udp");
        assertThat(new PublishedPort("", 0, 80, null).display()).isEqualTo("80");
        assertThat(PublishedPort.of(new PortMapping(80, 8080, "0.0.0.0", "tcp")).onLoopbackWithAnyPort())
                .isEqualTo(new PublishedPort("127.0.0.1", 0, 80, "tcp"));
        assertThatThrownBy(() -> new PublishedPort("", 0, 0, "tcp")).isInstanceOf(IllegalArgumentException.class);
    }
}
