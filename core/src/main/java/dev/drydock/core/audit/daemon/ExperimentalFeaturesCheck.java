package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2011: experimental features are on (CIS 2.18). */
final class ExperimentalFeaturesCheck extends TextedDaemonCheck {

    ExperimentalFeaturesCheck() {
        super("DH2011", "2.18", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        return input.info().experimental() ? found(finding()) : passed("");
    }
}
