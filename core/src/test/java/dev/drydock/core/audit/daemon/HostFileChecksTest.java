package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.FOUND_PROBLEMS;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.NOT_APPLICABLE;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.PASSED;
import static dev.drydock.core.audit.daemon.DaemonInfoBuilder.hardened;
import static org.assertj.core.api.Assertions.assertThat;

/** The CIS section 3 file checks in the daemon audit: run only when the daemon is on this machine. */
class HostFileChecksTest {

    static final DockerEndpoint LOCAL_SOCKET = DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "test");

    @TempDir
    Path root;

    private DaemonAuditReport audit(DaemonInfoBuilder info, DockerEndpoint endpoint) {
        return DaemonAudit.standard(root).run(new DaemonAuditInput(info.build(), endpoint));
    }

    private void file(String hostPath, String mode) throws IOException {
        Path path = root.resolve(hostPath.substring(1));
        Files.createDirectories(path.getParent());
        Files.writeString(path, "");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    @Test
    void theStandardAuditHasEverySection3ItemAfterTheDaemonChecks() {
        assertThat(DaemonAudit.standard(root).checks()).extracting(DaemonCheck::id)
                .contains("DH3001", "DH3016", "DH3024").isSorted();
        assertThat(DaemonAudit.standard(root).checks()).filteredOn(check -> check.id().startsWith("DH3"))
                .hasSize(24).allSatisfy(check -> assertThat(check.cisSection()).startsWith("3."));
    }

    @Test
    void onTheDockerHostAWorldWritableSocketIsFoundWithItsChmod() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");
        file("/lib/systemd/system/docker.service", "rw-r--r--");

        DaemonAuditReport report = audit(hardened(), LOCAL_SOCKET);

        DaemonCheckResult socketMode = report.result("DH3016").orElseThrow();
        assertThat(socketMode.status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(socketMode.title()).isEqualTo("docker.sock has permissions 660 or stricter");
        assertThat(socketMode.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.cisSection()).isEqualTo("3.16");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.title()).isEqualTo("Permissions of /var/run/docker.sock too open");
            assertThat(finding.explanation()).contains("mode 666", "read/write for others");
            assertThat(finding.advice()).isEqualTo("chmod 660 /var/run/docker.sock");
        });
        assertThat(report.result("DH3002").orElseThrow().status()).isEqualTo(PASSED);
        assertThat(report.result("DH3002").orElseThrow().note()).contains("/lib/systemd/system/docker.service");
    }

    @Test
    void aFileNotOnThisHostIsNotApplicableNotAFinding() throws IOException {
        file("/var/run/docker.sock", "rw-rw----");

        DaemonCheckResult sysconfig = audit(hardened(), LOCAL_SOCKET).result("DH3022").orElseThrow();

        assertThat(sysconfig.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(sysconfig.note()).isEqualTo("Not present on this host: no /etc/sysconfig/docker.");
    }

    @Test
    void aRemoteDaemonsFilesAreNotApplicableWithTheReason() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");

        DaemonAuditReport report = audit(hardened(), DockerEndpoint.of("tcp://build-host:2376", "test"));

        assertThat(report.results()).filteredOn(result -> result.checkId().startsWith("DH3")).hasSize(24)
                .allSatisfy(result -> {
                    assertThat(result.status()).isEqualTo(NOT_APPLICABLE);
                    assertThat(result.note()).contains("tcp://build-host:2376", "another machine");
                });
    }

    @Test
    void dockerDesktopsDaemonLivesInItsVm() throws IOException {
        file("/var/run/docker.sock", "rw-rw-rw-");

        DaemonCheckResult socketMode = audit(hardened().operatingSystem("Docker Desktop"), LOCAL_SOCKET)
                .result("DH3016").orElseThrow();

        assertThat(socketMode.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(socketMode.note()).contains("Docker Desktop's virtual machine");
    }

    @Test
    void aSocketPathThatIsNotOnThisMachineMeansTheDaemonIsNotEither() {
        DaemonCheckResult result = audit(hardened(), LOCAL_SOCKET).result("DH3001").orElseThrow();

        assertThat(result.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.note()).contains("unix:///var/run/docker.sock", "not on this machine");
    }

    @Test
    void aRootlessDaemonIsNotWhatSection3Describes() throws IOException {
        file("/run/user/1000/docker.sock", "rw-------");

        DaemonCheckResult result = audit(hardened().rootless(true),
                DockerEndpoint.of("unix:///run/user/1000/docker.sock", "test")).result("DH3015").orElseThrow();

        assertThat(result.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.note()).contains("rootless");
    }
}
