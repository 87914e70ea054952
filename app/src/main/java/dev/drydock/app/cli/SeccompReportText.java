package dev.drydock.app.cli;

import dev.drydock.app.seccomp.SeccompResultText;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.LearningRun;
import dev.drydock.core.seccomp.verify.VerificationReport;

import java.io.PrintWriter;

/**
 * The text reports of {@code seccomp learn} (on stderr) and {@code seccomp verify} (on stdout), worded by
 * {@link SeccompResultText} like the GUI's.
 */
final class SeccompReportText {

    private SeccompReportText() {
    }

    static void learning(LearningResult result, int maxRuns, PrintWriter err) {
        err.println("drydock: " + SeccompResultText.runtimeLine(result));
        for (LearningRun run : result.runs()) {
            err.println("drydock: " + SeccompResultText.runLine(run));
        }
        err.println("drydock: " + SeccompResultText.convergenceLine(result, maxRuns,
                "Learn again with a larger --max-runs."));
        SeccompResultText.unknownLines(result).forEach(line -> err.println("drydock: " + line));
    }

    static void verification(VerificationReport report, PrintWriter out) {
        SeccompResultText.verification(report).forEach(out::println);
    }
}
