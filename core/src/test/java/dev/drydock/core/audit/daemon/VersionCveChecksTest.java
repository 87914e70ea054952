package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.audit.daemon.CheckRuns.run;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.NOT_APPLICABLE;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.PASSED;
import static dev.drydock.core.audit.daemon.DaemonInfoBuilder.hardened;
import static org.assertj.core.api.Assertions.assertThat;

/** The runtime and kernel CVE checks on reported versions. */
class VersionCveChecksTest {

    private static final EscapeCveTable TABLE = EscapeCveTable.bundled();

    @Test
    void upstreamRuncBeforeTheLeakyVesselsFixIsAnError() {
        DaemonCheckResult result = run(new RuntimeCveCheck(TABLE), hardened().runc("1.1.11"));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.title()).contains("CVE-2024-21626").contains("Leaky Vessels").contains("runc 1.1.11");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.advice()).contains("1.1.12");
        });
        assertThat(run(new RuntimeCveCheck(TABLE), hardened().runc("1.1.12")).status()).isEqualTo(PASSED);
    }

    @Test
    void distributionBuildsAreWarningsThatMentionBackports() {
        DaemonCheckResult result = run(new RuntimeCveCheck(TABLE), hardened().runc("1.1.5+ds1"));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.explanation()).contains("backport");
        });
    }

    @Test
    void oldEngineContainerdAndRuncEachMatchTheirCves() {
        DaemonCheckResult result = run(new RuntimeCveCheck(TABLE),
                hardened().serverVersion("18.09.1").containerd("1.4.2").runc("1.0.0-rc6"));
        assertThat(result.findings()).extracting(DaemonFinding::title)
                .anySatisfy(t -> assertThat(t).startsWith("CVE-2019-5736").contains("Docker Engine 18.09.1"))
                .anySatisfy(t -> assertThat(t).startsWith("CVE-2019-5736").contains("runc 1.0.0-rc6"))
                .anySatisfy(t -> assertThat(t).startsWith("CVE-2020-15257").contains("containerd 1.4.2"))
                .hasSize(3);
    }

    @Test
    void missingComponentVersionsAreNamedAndAllMissingIsNotApplicable() {
        assertThat(run(new RuntimeCveCheck(TABLE), hardened().runc("").containerd("")).note())
                .contains("containerd", "runc");
        assertThat(run(new RuntimeCveCheck(TABLE), hardened().serverVersion("").runc("").containerd("")).status())
                .isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void kernelInAnAffectedRangeIsNeverStatedAsCertain() {
        DaemonCheckResult result = run(new KernelCveCheck(TABLE), hardened().kernel("5.15.0-91-generic"));
        assertThat(result.findings()).extracting(DaemonFinding::title)
                .anySatisfy(t -> assertThat(t).startsWith("CVE-2022-0185"))
                .anySatisfy(t -> assertThat(t).startsWith("CVE-2022-0847 (Dirty Pipe)"));
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.explanation()).contains("is in an affected range").contains("check your distribution's backports");
        });
    }

    @Test
    void currentKernelIsClean() {
        assertThat(run(new KernelCveCheck(TABLE), hardened().kernel("6.1.0-18-amd64")).status()).isEqualTo(PASSED);
        assertThat(run(new KernelCveCheck(TABLE), hardened().kernel("5.16.11")).status()).isEqualTo(PASSED);
        assertThat(run(new KernelCveCheck(TABLE), hardened().kernel("weird")).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(run(new KernelCveCheck(TABLE), hardened().osType("windows")).status()).isEqualTo(NOT_APPLICABLE);
    }
}
