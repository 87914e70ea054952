package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.audit.daemon.CheckRuns.run;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.FOUND_PROBLEMS;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.NOT_APPLICABLE;
import static dev.drydock.core.audit.daemon.DaemonCheckResult.Status.PASSED;
import static dev.drydock.core.audit.daemon.DaemonInfoBuilder.hardened;
import static org.assertj.core.api.Assertions.assertThat;

/** The daemon setting checks, each on a daemon with and without the problem. */
class SimpleDaemonChecksTest {

    @Test
    void userNamespacesOffIsFoundAndRootlessCounts() {
        UserNamespaceCheck check = new UserNamespaceCheck();
        DaemonCheckResult off = run(check, hardened().securityOptions("name=seccomp,profile=default"));
        assertThat(off.status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(off.findings()).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("DH2001");
            assertThat(f.cisSection()).isEqualTo("2.9");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(run(check, hardened()).status()).isEqualTo(PASSED);
        assertThat(run(check, hardened().securityOptions().rootless(true)).status()).isEqualTo(PASSED);
        assertThat(run(check, hardened().osType("windows")).status()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void liveRestoreOffIsFound() {
        assertThat(run(new LiveRestoreCheck(), hardened().liveRestore(false)).status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new LiveRestoreCheck(), hardened()).status()).isEqualTo(PASSED);
    }

    @Test
    void insecureRegistriesAreNamedButTheDefaultLoopbackRangeIsNot() {
        DaemonCheckResult found = run(new InsecureRegistryCheck(),
                hardened().insecureRegistries("127.0.0.0/8", "10.0.0.0/8", "registry.local:5000"));
        assertThat(found.findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("10.0.0.0/8, registry.local:5000")
                        .doesNotContain("127.0.0.0/8"));
        assertThat(run(new InsecureRegistryCheck(), hardened()).status()).isEqualTo(PASSED);
    }

    @Test
    void jsonFileLoggingSaysRotationCannotBeRead() {
        DaemonCheckResult jsonFile = run(new LogRotationCheck(), hardened().loggingDriver("json-file"));
        assertThat(jsonFile.findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("cannot be read through the API"));
        assertThat(run(new LogRotationCheck(), hardened().loggingDriver("none")).findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run(new LogRotationCheck(), hardened().loggingDriver("journald")).status()).isEqualTo(PASSED);
        assertThat(run(new LogRotationCheck(), hardened().loggingDriver("")).status()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void seccompMissingOrUnconfinedIsFound() {
        SeccompProfileCheck check = new SeccompProfileCheck();
        assertThat(run(check, hardened().securityOptions("name=apparmor")).findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("does not report seccomp"));
        assertThat(run(check, hardened().securityOptions("name=seccomp,profile=unconfined")).findings())
                .singleElement().satisfies(f -> assertThat(f.explanation()).contains("unconfined"));
        assertThat(run(check, hardened().securityOptions("name=seccomp,profile=default")).status()).isEqualTo(PASSED);
        assertThat(run(check, hardened().securityOptions("name=seccomp,profile=/etc/docker/strict.json")).note())
                .contains("/etc/docker/strict.json");
    }

    @Test
    void cgroupV1IsReportedAndUnknownIsNotApplicable() {
        assertThat(run(new CgroupVersionCheck(), hardened().cgroupVersion("1")).status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new CgroupVersionCheck(), hardened().cgroupVersion("2")).status()).isEqualTo(PASSED);
        assertThat(run(new CgroupVersionCheck(), hardened().cgroupVersion("")).status()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void rootDaemonIsReportedForInformation() {
        assertThat(run(new RootlessCheck(), hardened()).findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(run(new RootlessCheck(), hardened().rootless(true)).status()).isEqualTo(PASSED);
    }

    @Test
    void sandboxedRuntimesAreRecommendedWhenMissingAndNamedWhenPresent() {
        assertThat(run(new SandboxRuntimeCheck(), hardened().runtimes("runc", "io.containerd.runc.v2")).status())
                .isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new SandboxRuntimeCheck(), hardened().runtimes("runc", "kata-qemu")).note())
                .contains("--runtime kata-qemu");
        assertThat(run(new SandboxRuntimeCheck(), hardened()).note()).contains("runsc");
    }

    @Test
    void noNewPrivilegesExperimentalAndAufs() {
        assertThat(run(new NoNewPrivilegesCheck(), hardened().securityOptions("name=seccomp,profile=default"))
                .status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new NoNewPrivilegesCheck(), hardened()).status()).isEqualTo(PASSED);
        assertThat(run(new ExperimentalFeaturesCheck(), hardened().experimental(true)).status())
                .isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new ExperimentalFeaturesCheck(), hardened()).status()).isEqualTo(PASSED);
        assertThat(run(new AufsStorageCheck(), hardened().storageDriver("aufs")).status()).isEqualTo(FOUND_PROBLEMS);
        assertThat(run(new AufsStorageCheck(), hardened()).status()).isEqualTo(PASSED);
    }

    @Test
    void settingsTheApiDoesNotReportSayWhereToLook() {
        DaemonCheckResult icc = run(new SettingNotExposedCheck("DH2013", "2.2", Severity.WARNING), hardened());
        assertThat(icc.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(icc.note()).contains("icc");
    }
}
