package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/**
 * DH2004: the default logging driver, and whether its files can fill the disk (CIS 2.13). The
 * driver's options (max-size, max-file) are not part of the daemon's API answers.
 */
final class LogRotationCheck extends TextedDaemonCheck {

    LogRotationCheck() {
        super("DH2004", "2.13", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        String driver = input.info().loggingDriver();
        if (driver.isBlank()) {
            return notApplicable("DH2004.unknown");
        }
        if (driver.equals("json-file")) {
            return found(finding(driver));
        }
        if (driver.equals("none")) {
            return found(new DaemonFinding(id(), cisSection(), Severity.WARNING, TEXTS.text("DH2004.noneProblem"),
                    TEXTS.text("DH2004.none"), TEXTS.text("DH2004.advice")));
        }
        return passed(TEXTS.text("DH2004.other", driver));
    }
}
