package dev.drydock.core.vuln.advice;

import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.match.VulnerabilityMatch;
import dev.drydock.core.vuln.match.VulnerabilityReport;

/** How many critical and high vulnerabilities an image has: what base images are compared by. */
public record SeverityCounts(int critical, int high) {

    public SeverityCounts {
        if (critical < 0 || high < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + critical + ", " + high);
        }
    }

    /** The active (not suppressed) matches of a whole image: for a base image scanned on its own. */
    public static SeverityCounts of(VulnerabilityReport report) {
        return new SeverityCounts(report.countsBySeverity().get(VulnerabilitySeverity.CRITICAL),
                report.countsBySeverity().get(VulnerabilitySeverity.HIGH));
    }

    /** The active matches an image inherited from its base: the base's share of a built image's report. */
    public static SeverityCounts inherited(VulnerabilityReport report) {
        int critical = 0;
        int high = 0;
        for (VulnerabilityMatch match : report.active()) {
            if (match.inherited()) {
                critical += match.severity().severity() == VulnerabilitySeverity.CRITICAL ? 1 : 0;
                high += match.severity().severity() == VulnerabilitySeverity.HIGH ? 1 : 0;
            }
        }
        return new SeverityCounts(critical, high);
    }

    public int criticalAndHigh() {
        return critical + high;
    }
}
