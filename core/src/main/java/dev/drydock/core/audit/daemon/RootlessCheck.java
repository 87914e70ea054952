package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2007: the daemon runs as root, so a daemon or runtime escape is root on the host (CIS 2.1). */
final class RootlessCheck extends TextedDaemonCheck {

    RootlessCheck() {
        super("DH2007", "2.1", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        return input.info().rootless() ? passed(TEXTS.text("DH2007.rootless")) : found(finding());
    }
}
