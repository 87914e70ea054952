package dev.drydock.app.cli;

import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.audit.daemon.DaemonCheckResult;
import dev.drydock.core.audit.daemon.DaemonFinding;

import java.util.List;
import java.util.Locale;

/** The {@code audit daemon --format json} answer: every check with its status, findings and note. */
record DaemonAuditJson(List<Check> checks) {

    /** {@code status}: passed, problems or not-applicable. */
    record Check(String id, String cis, String title, String status, List<Problem> findings, String note) {
    }

    record Problem(String severity, String title, String explanation, String advice) {
    }

    static DaemonAuditJson of(DaemonAuditReport report) {
        return new DaemonAuditJson(report.results().stream().map(DaemonAuditJson::check).toList());
    }

    private static Check check(DaemonCheckResult result) {
        List<Problem> problems = result.findings().stream()
                .map((DaemonFinding f) -> new Problem(f.severity().id(), f.title(), f.explanation(), f.advice()))
                .toList();
        return new Check(result.checkId(), result.cisSection(), result.title(), status(result.status()), problems,
                result.note() == null ? "" : result.note());
    }

    private static String status(DaemonCheckResult.Status status) {
        return switch (status) {
            case PASSED -> "passed";
            case FOUND_PROBLEMS -> "problems";
            case NOT_APPLICABLE -> "not-applicable";
        };
    }
}
