package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every daemon and host check on what the daemon reports about itself. */
public final class DaemonAudit {

    private final List<DaemonCheck> checks;

    public DaemonAudit(List<DaemonCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** All checks Drydock knows, with the bundled CVE table; the host's files are read under {@code /}. */
    public static DaemonAudit standard() {
        return standard(Path.of("/"));
    }

    /**
     * All checks Drydock knows, the CIS section 3 file checks reading the host's files under {@code hostRoot}
     * (they apply only when the daemon runs on this machine).
     */
    public static DaemonAudit standard(Path hostRoot) {
        EscapeCveTable cves = EscapeCveTable.bundled();
        List<DaemonCheck> checks = new ArrayList<>(List.of(
                new UserNamespaceCheck(),
                new LiveRestoreCheck(),
                new InsecureRegistryCheck(),
                new LogRotationCheck(),
                new SeccompProfileCheck(),
                new CgroupVersionCheck(),
                new RootlessCheck(),
                new SandboxRuntimeCheck(),
                new UnencryptedTcpCheck(),
                new NoNewPrivilegesCheck(),
                new ExperimentalFeaturesCheck(),
                new AufsStorageCheck(),
                new SettingNotExposedCheck("DH2013", "2.2", Severity.WARNING),
                new SettingNotExposedCheck("DH2014", "2.8", Severity.INFO),
                new SettingNotExposedCheck("DH2015", "2.16", Severity.INFO),
                new RuntimeCveCheck(cves),
                new KernelCveCheck(cves)));
        checks.addAll(HostFileCheck.all(hostRoot));
        return new DaemonAudit(checks);
    }

    public List<DaemonCheck> checks() {
        return checks;
    }

    public DaemonAuditReport run(DaemonAuditInput input) {
        return new DaemonAuditReport(checks.stream().map(check -> check.run(input)).toList());
    }
}
