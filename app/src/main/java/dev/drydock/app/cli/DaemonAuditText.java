package dev.drydock.app.cli;

import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.audit.daemon.DaemonCheckResult;
import dev.drydock.core.audit.daemon.DaemonFinding;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The terminal text of {@code audit daemon}: every check in order, with its outcome, problems and advice.
 * Checks not applicable for one shared reason (e.g. the daemon's files on a remote daemon) give it once,
 * after the last of them; the daemon's files (CIS section 3) come under their own heading.
 */
final class DaemonAuditText {

    /** Ids of the CIS section 3 checks of the daemon's files. */
    private static final String HOST_FILES = "DH3";

    private DaemonAuditText() {
    }

    static void print(DaemonAuditReport report, DockerEndpoint endpoint, PrintWriter out) {
        out.printf("Daemon at %s%n%n", endpoint.uri());
        int passed = 0;
        int problems = 0;
        int notApplicable = 0;
        List<DaemonCheckResult> results = report.results();
        for (int i = 0; i < results.size(); i++) {
            DaemonCheckResult result = results.get(i);
            if (result.checkId().startsWith(HOST_FILES) && (i == 0 || !results.get(i - 1).checkId().startsWith(HOST_FILES))) {
                out.printf("%nThe daemon's files on its host (CIS 3):%n");
            }
            String cis = result.cisSection().isEmpty() ? "" : " (CIS " + result.cisSection() + ")";
            switch (result.status()) {
                case PASSED -> passed++;
                case FOUND_PROBLEMS -> problems++;
                case NOT_APPLICABLE -> notApplicable++;
            }
            out.printf("%-8s %s%s  %s%n", label(result.status()), result.checkId(), cis, result.title());
            for (DaemonFinding finding : result.findings()) {
                // the check's title says what it wants; a finding's title names the problem
                String title = finding.title().equals(result.title()) ? "" : ": " + finding.title();
                out.printf("         %s%s%n", finding.severity().id().toUpperCase(Locale.ROOT), title);
                out.printf("           %s%n", finding.explanation());
                out.printf("           advice: %s%n", finding.advice());
            }
            if (result.note() == null || result.note().isBlank()) {
                continue;
            }
            if (result.status() != DaemonCheckResult.Status.NOT_APPLICABLE) {
                out.printf("         %s%n", result.note());
            } else if (!sameReason(result, i + 1 < results.size() ? results.get(i + 1) : null)) {
                int first = i;
                while (first > 0 && sameReason(results.get(first - 1), result)) {
                    first--;
                }
                String which = first == i ? "" : " (" + results.get(first).checkId() + " to " + result.checkId() + ")";
                out.printf("         reason%s: %s%n", which, result.note());
            }
        }
        out.printf("%n%d checks: %d passed, %d with problems, %d not applicable.%n",
                report.results().size(), passed, problems, notApplicable);
    }

    private static boolean sameReason(DaemonCheckResult a, DaemonCheckResult b) {
        return b != null && a.status() == DaemonCheckResult.Status.NOT_APPLICABLE
                && b.status() == DaemonCheckResult.Status.NOT_APPLICABLE && a.note().equals(b.note());
    }

    private static String label(DaemonCheckResult.Status status) {
        return switch (status) {
            case PASSED -> "passed";
            case FOUND_PROBLEMS -> "PROBLEM";
            case NOT_APPLICABLE -> "n/a";
        };
    }
}
