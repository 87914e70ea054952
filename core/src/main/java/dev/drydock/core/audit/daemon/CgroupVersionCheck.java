package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2006: cgroup v1 hosts lack the unified, delegatable limits of cgroup v2 (no CIS item). */
final class CgroupVersionCheck extends TextedDaemonCheck {

    CgroupVersionCheck() {
        super("DH2006", "", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        String version = input.info().cgroupVersion();
        if (version.isBlank()) {
            return notApplicable("DH2006.unknown");
        }
        return version.equals("1") ? found(finding()) : passed("");
    }
}
