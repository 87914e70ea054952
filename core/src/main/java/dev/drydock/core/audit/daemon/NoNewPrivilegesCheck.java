package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2010: containers may gain privileges through setuid binaries unless the daemon forbids it (CIS 2.14). */
final class NoNewPrivilegesCheck extends TextedDaemonCheck {

    NoNewPrivilegesCheck() {
        super("DH2010", "2.14", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        return input.info().noNewPrivilegesByDefault() ? passed("") : found(finding());
    }
}
