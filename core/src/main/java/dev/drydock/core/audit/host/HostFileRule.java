package dev.drydock.core.audit.host;

import dev.drydock.core.findings.Severity;

/**
 * One CIS section 3 item: which daemon file, what is expected of it, and how serious a miss is.
 *
 * @param id         Drydock's id, {@code DH3} and the CIS item number ({@code DH3001} for 3.1)
 * @param cisSection CIS Docker Benchmark v1.6.0 item, e.g. {@code 3.1}
 */
public record HostFileRule(String id, String cisSection, HostFile file, HostFileExpectation expectation,
                           Severity severity) {

    /** A title that reads right whether the check passed or not: {@code docker.service is owned by root:root}. */
    public String title() {
        if (expectation instanceof HostFileExpectation.Ownership ownership) {
            return file.shortName() + " is owned by " + ownership.ownerAndGroup();
        }
        HostFileExpectation.Permissions permissions = (HostFileExpectation.Permissions) expectation;
        return file.shortName() + " has permissions " + permissions.octal() + " or stricter";
    }
}
