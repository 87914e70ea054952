package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/**
 * One problem found in the daemon or host configuration.
 *
 * @param checkId     e.g. {@code DH2001}
 * @param cisSection  CIS Docker Benchmark v1.6.0 number, e.g. {@code 2.9}; empty when CIS has none
 * @param severity    how serious it is
 * @param title       one line naming the problem
 * @param explanation why it matters, with the facts read from the daemon
 * @param advice      what to change
 */
public record DaemonFinding(String checkId, String cisSection, Severity severity, String title,
                            String explanation, String advice) {
}
