package dev.drydock.core.audit.daemon;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.drydock.core.audit.daemon.DaemonInfoBuilder.hardened;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check's title names what it wants, so "passed  DH2003  Registries are reached over TLS" reads right;
 * its findings name the problem ("Insecure registries are configured").
 */
class DaemonCheckTitlesTest {

    @TempDir
    Path emptyHost;

    private DaemonAuditReport auditOfABadlySetUpDaemon() {
        DaemonInfoBuilder bad = hardened().securityOptions("name=seccomp,profile=unconfined").liveRestore(false)
                .insecureRegistries("127.0.0.0/8", "10.0.0.0/8").loggingDriver("json-file").cgroupVersion("1")
                .runtimes("runc").experimental(true).storageDriver("aufs").runc("1.1.11");
        return DaemonAudit.standard(emptyHost)
                .run(new DaemonAuditInput(bad.build(), DockerEndpoint.of("tcp://10.0.0.5:2375", "test")));
    }

    @Test
    void findingsNameTheProblemAndTheCheckTitleDoesNot() {
        DaemonAuditReport report = auditOfABadlySetUpDaemon();

        assertThat(report.results()).filteredOn(result -> result.status() == DaemonCheckResult.Status.FOUND_PROBLEMS)
                .extracting(DaemonCheckResult::checkId)
                .contains("DH2001", "DH2002", "DH2003", "DH2004", "DH2005", "DH2006", "DH2007", "DH2008", "DH2009",
                        "DH2010", "DH2011", "DH2012", "DH2020");
        assertThat(report.results()).allSatisfy(result -> assertThat(result.findings())
                .allSatisfy(finding -> assertThat(finding.title()).isNotEqualTo(result.title())));
    }

    @Test
    void insecureRegistriesReadRightPassedAndFailed() {
        DaemonCheckResult failed = auditOfABadlySetUpDaemon().result("DH2003").orElseThrow();
        DaemonCheckResult passed = CheckRuns.run(new InsecureRegistryCheck(), hardened());

        assertThat(passed.title()).isEqualTo(failed.title()).isEqualTo("Registries are reached over TLS");
        assertThat(failed.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.title()).isEqualTo("Insecure registries are configured"));
    }
}
