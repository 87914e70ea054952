package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2005: the daemon's default seccomp profile is missing or unconfined (CIS 2.17). */
final class SeccompProfileCheck extends TextedDaemonCheck {

    SeccompProfileCheck() {
        super("DH2005", "2.17", Severity.WARNING);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        if (!input.info().seccompEnabled()) {
            return found(finding(TEXTS.text("DH2005.missing")));
        }
        String profile = DaemonFacts.securityOptionValue(input.info(), "seccomp", "profile");
        if (profile.equals("unconfined")) {
            return found(finding(TEXTS.text("DH2005.unconfined")));
        }
        return passed(profile.isEmpty() || profile.equals("default") ? "" : TEXTS.text("DH2005.custom", profile));
    }
}
