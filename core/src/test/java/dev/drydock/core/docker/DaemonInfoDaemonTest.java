package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

@DaemonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonInfoDaemonTest {

    private DockerDaemon daemon;

    @BeforeAll
    void connect() {
        TestImages.busybox();
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
    void pingSucceeds() {
        assertThatCode(() -> daemon.ping(Duration.ofSeconds(5))).doesNotThrowAnyException();
    }

    @Test
    void reportsVersionsAndTheNegotiatedApi() {
        DaemonInfo info = daemon.info();
        assertThat(info.serverVersion()).isNotBlank();
        ApiVersion daemonApi = ApiVersion.parse(info.apiVersion());
        ApiVersion used = ApiVersion.parse(info.usedApiVersion());
        assertThat(daemonApi).isGreaterThanOrEqualTo(ApiVersion.OLDEST_SUPPORTED);
        assertThat(used).isLessThanOrEqualTo(daemonApi).isLessThanOrEqualTo(ApiVersion.NEWEST_KNOWN)
                .isGreaterThanOrEqualTo(ApiVersion.OLDEST_SUPPORTED);
        assertThat(ApiVersion.parse(info.minApiVersion())).isLessThanOrEqualTo(used);
    }

    @Test
    void reportsTheHostFacts() {
        DaemonInfo info = daemon.info();
        assertThat(info.osType()).isEqualTo("linux");
        assertThat(info.operatingSystem()).isNotBlank();
        assertThat(info.kernelVersion()).isNotBlank();
        assertThat(info.architecture()).isNotBlank();
        assertThat(info.storageDriver()).isNotBlank();
        assertThat(info.loggingDriver()).isNotBlank();
        assertThat(info.cgroupDriver()).isIn("cgroupfs", "systemd");
        assertThat(info.cgroupVersion()).isIn("1", "2");
        assertThat(info.runtimes()).contains(info.defaultRuntime());
        assertThat(info.cpus()).isPositive();
        assertThat(info.memoryBytes()).isPositive();
        assertThat(info.dockerRootDir()).startsWith("/");
        assertThat(info.name()).isNotBlank();
    }

    @Test
    void reportsSecurityOptionsConsistently() {
        DaemonInfo info = daemon.info();
        assertThat(info.securityOptions()).isNotEmpty().allMatch(option -> option.startsWith("name="));
        assertThat(info.seccompEnabled()).isEqualTo(info.securityOptions().stream().anyMatch(o -> o.contains("seccomp")));
        assertThat(info.rootless()).isEqualTo(info.securityOptions().contains("name=rootless"));
    }

    @Test
    void countsAddUp() {
        DaemonInfo info = daemon.info();
        assertThat(info.images()).isPositive();
        assertThat(info.containers())
                .isEqualTo(info.containersRunning() + info.containersPaused() + info.containersStopped());
    }
}
