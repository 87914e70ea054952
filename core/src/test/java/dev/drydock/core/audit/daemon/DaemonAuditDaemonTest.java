package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit of the daemon this machine runs: facts it can know for sure, whatever the daemon's setup. */
@DaemonTest
class DaemonAuditDaemonTest {

    @Test
    void auditsTheRealDaemonWithEveryCheckRunOrExplained() {
        DockerEndpoint endpoint = TestDocker.endpoint();
        DaemonInfo info;
        try (DockerDaemon daemon = DockerDaemons.open(endpoint)) {
            info = daemon.info();
        }
        DaemonAudit audit = DaemonAudit.standard();

        DaemonAuditReport report = audit.run(new DaemonAuditInput(info, endpoint));

        assertThat(report.results()).extracting(DaemonCheckResult::checkId)
                .containsExactlyElementsOf(audit.checks().stream().map(DaemonCheck::id).toList())
                .doesNotHaveDuplicates();
        assertThat(report.results()).extracting(DaemonCheckResult::checkId).isSorted();
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.title()).isNotBlank();
            if (result.status() == DaemonCheckResult.Status.NOT_APPLICABLE) {
                assertThat(result.note()).isNotBlank();
            }
        });
        assertThat(report.result("DH2020")).get()
                .extracting(DaemonCheckResult::status).isNotEqualTo(DaemonCheckResult.Status.NOT_APPLICABLE);
        assertThat(report.result("DH2021")).get()
                .extracting(DaemonCheckResult::status).isNotEqualTo(DaemonCheckResult.Status.NOT_APPLICABLE);
    }

    @Test
    void readsTheRuntimeVersionsAndLinuxSettings() {
        DaemonInfo info;
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            info = daemon.info();
        }
        assertThat(ComponentVersion.parse(info.serverVersion())).isPresent();
        assertThat(ComponentVersion.parse(info.kernelVersion())).isPresent();
        assertThat(ComponentVersion.parse(info.containerdVersion())).isPresent();
        assertThat(ComponentVersion.parse(info.runcVersion())).isPresent();
        // the daemon always lists the loopback range as insecure
        assertThat(info.insecureRegistries()).contains("127.0.0.0/8");

        DaemonAuditReport report = DaemonAudit.standard().run(new DaemonAuditInput(info, TestDocker.endpoint()));
        boolean viaPlainTcp = TestDocker.endpoint().scheme().equals("tcp") && !TestDocker.endpoint().tlsVerify()
                && TestDocker.endpoint().certPath() == null;
        assertThat(report.result("DH2009").orElseThrow().status())
                .isEqualTo(viaPlainTcp ? DaemonCheckResult.Status.FOUND_PROBLEMS : DaemonCheckResult.Status.PASSED);
        assertThat(report.result("DH2001").orElseThrow().status())
                .isEqualTo(info.userNamespacesEnabled() || info.rootless()
                        ? DaemonCheckResult.Status.PASSED : DaemonCheckResult.Status.FOUND_PROBLEMS);
        assertThat(report.result("DH2002").orElseThrow().status())
                .isEqualTo(info.liveRestoreEnabled()
                        ? DaemonCheckResult.Status.PASSED : DaemonCheckResult.Status.FOUND_PROBLEMS);
    }

    @Test
    void readsTheSocketsOwnerAndModeWhenTheDaemonRunsOnThisMachine() {
        DockerEndpoint endpoint = TestDocker.endpoint();
        DaemonInfo info;
        try (DockerDaemon daemon = DockerDaemons.open(endpoint)) {
            info = daemon.info();
        }
        boolean local = endpoint.scheme().equals("unix")
                && Files.exists(Path.of(URI.create(endpoint.uri()).getPath())) && !info.rootless();

        DaemonCheckResult socketMode = DaemonAudit.standard().run(new DaemonAuditInput(info, endpoint))
                .result("DH3016").orElseThrow();

        if (local) {
            assertThat(socketMode.status()).isNotEqualTo(DaemonCheckResult.Status.NOT_APPLICABLE);
            assertThat(socketMode.status() == DaemonCheckResult.Status.PASSED
                    ? socketMode.note() : socketMode.findings().get(0).explanation())
                    .contains(URI.create(endpoint.uri()).getPath());
        } else {
            assertThat(socketMode.status()).isEqualTo(DaemonCheckResult.Status.NOT_APPLICABLE);
        }
    }
}
