package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

/** One check of the daemon or host configuration, named by its id (e.g. {@code DH2001}). */
public interface DaemonCheck {

    String id();

    /** CIS Docker Benchmark v1.6.0 number (section 2, 3 …), empty when CIS has no matching item. */
    String cisSection();

    /** Severity of the findings this check reports, unless a result says otherwise. */
    Severity severity();

    String title();

    DaemonCheckResult run(DaemonAuditInput input);
}
