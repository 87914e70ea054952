package dev.drydock.core.audit.daemon;

import java.util.List;

/**
 * What one check concluded. A check that could not run says so with the reason in {@code note};
 * a passed check may carry a note too (e.g. which sandboxed runtimes exist).
 */
public record DaemonCheckResult(String checkId, String cisSection, String title, Status status,
                                List<DaemonFinding> findings, String note) {

    public enum Status {
        PASSED,
        FOUND_PROBLEMS,
        NOT_APPLICABLE
    }

    public DaemonCheckResult {
        findings = List.copyOf(findings);
        if (status == Status.FOUND_PROBLEMS && findings.isEmpty()) {
            throw new IllegalArgumentException("a result with problems needs findings");
        }
        if (status == Status.NOT_APPLICABLE && note.isBlank()) {
            throw new IllegalArgumentException("a check that did not run must say why");
        }
    }
}
