package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** DH2012: the aufs storage driver is deprecated and unmaintained (CIS 2.6). */
final class AufsStorageCheck extends TextedDaemonCheck {

    AufsStorageCheck() {
        super("DH2012", "2.6", Severity.WARNING);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        String driver = input.info().storageDriver();
        if (driver.isBlank()) {
            return notApplicable("DH2012.unknown");
        }
        return driver.equals("aufs") ? found(finding()) : passed("");
    }
}
