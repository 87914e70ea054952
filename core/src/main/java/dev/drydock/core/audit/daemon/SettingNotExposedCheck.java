package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/**
 * A CIS daemon setting the Docker API does not report (inter-container communication, userland
 * proxy, default ulimits): always "not applicable", saying where the user can look instead.
 */
final class SettingNotExposedCheck extends TextedDaemonCheck {

    SettingNotExposedCheck(String id, String cisSection, Severity severity) {
        super(id, cisSection, severity);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        return notApplicable(id() + ".notExposed");
    }
}
