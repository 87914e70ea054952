package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2002: without live-restore, stopping or upgrading the daemon stops every container (CIS 2.15). */
final class LiveRestoreCheck extends TextedDaemonCheck {

    LiveRestoreCheck() {
        super("DH2002", "2.15", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        return input.info().liveRestoreEnabled() ? passed("") : found(finding());
    }
}
