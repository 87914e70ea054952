package dev.drydock.app.cli;

import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.audit.daemon.DaemonCheckResult;
import dev.drydock.core.audit.daemon.DaemonFinding;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.io.PrintWriter;
import java.util.Locale;

/** The terminal text of {@code audit daemon}: every check in order, with its outcome, problems and advice. */
final class DaemonAuditText {

    private DaemonAuditText() {
    }

    static void print(DaemonAuditReport report, DockerEndpoint endpoint, PrintWriter out) {
        out.printf("Daemon at %s%n%n", endpoint.uri());
        int passed = 0;
        int problems = 0;
        int notApplicable = 0;
        for (DaemonCheckResult result : report.results()) {
            String cis = result.cisSection().isEmpty() ? "" : " (CIS " + result.cisSection() + ")";
            switch (result.status()) {
                case PASSED -> passed++;
                case FOUND_PROBLEMS -> problems++;
                case NOT_APPLICABLE -> notApplicable++;
            }
            out.printf("%-8s %s%s  %s%n", label(result.status()), result.checkId(), cis, result.title());
            for (DaemonFinding finding : result.findings()) {
                // a check with one kind of problem names it in its own title already
                String title = finding.title().equals(result.title()) ? "" : ": " + finding.title();
                out.printf("         %s%s%n", finding.severity().id().toUpperCase(Locale.ROOT), title);
                out.printf("           %s%n", finding.explanation());
                out.printf("           advice: %s%n", finding.advice());
            }
            if (result.note() != null && !result.note().isBlank()) {
                out.printf("         %s%s%n", result.status() == DaemonCheckResult.Status.NOT_APPLICABLE ? "reason: " : "",
                        result.note());
            }
        }
        out.printf("%n%d checks: %d passed, %d with problems, %d not applicable.%n",
                report.results().size(), passed, problems, notApplicable);
    }

    private static String label(DaemonCheckResult.Status status) {
        return switch (status) {
            case PASSED -> "passed";
            case FOUND_PROBLEMS -> "PROBLEM";
            case NOT_APPLICABLE -> "n/a";
        };
    }
}
