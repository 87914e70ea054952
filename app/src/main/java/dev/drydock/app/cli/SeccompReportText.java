package dev.drydock.app.cli;

import dev.drydock.core.report.TerminalText;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.LearningRun;
import dev.drydock.core.seccomp.verify.ProbeResult;
import dev.drydock.core.seccomp.verify.VerificationReport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The text reports of {@code seccomp learn} (on stderr) and {@code seccomp verify} (on stdout). */
final class SeccompReportText {

    private SeccompReportText() {
    }

    static void learning(LearningResult result, int maxRuns, PrintWriter err) {
        err.println("drydock: allowed from the start for the container runtime: "
                + String.join(", ", result.runtimeSyscalls()));
        for (LearningRun run : result.runs()) {
            String what = run.nothingNew() ? "nothing new" : run.newSyscalls().size() + " new: "
                    + String.join(", ", run.newSyscalls());
            if (!run.unknownCalls().isEmpty()) {
                what += (run.newSyscalls().isEmpty() ? "" : "; ") + "without a name here: "
                        + String.join(", ", run.unknownCalls());
            }
            String ended = run.outcome().timedOut() ? "stopped at the end of the duration"
                    : "exit status " + run.outcome().exitCode();
            err.println("drydock: run " + run.number() + " (" + ended + ", " + run.records() + " kernel records): " + what);
        }
        if (result.converged()) {
            err.println("drydock: converged after " + result.runs().size() + " runs: the last two showed no new system call"
                    + " (the second after waiting out the kernel's log rate limit).");
        } else {
            err.println("drydock: not converged: the limit of " + maxRuns + " runs came before two runs in a row showed"
                    + " no new system call, so the profile may lack some. Learn again with a larger --max-runs.");
        }
        if (!result.unknownCalls().isEmpty()) {
            err.println("drydock: calls Drydock cannot name were seen and are not allowed: "
                    + String.join(", ", result.unknownCalls()));
        }
    }

    static void verification(VerificationReport report, PrintWriter out) {
        if (!report.accepted()) {
            out.println("The daemon refused the profile: " + TerminalText.clean(report.refusal()));
            out.println("Result: failed");
            return;
        }
        out.println("The daemon accepted the profile and ran the workload under it.");
        if (report.differences().isEmpty()) {
            out.println("Under the profile the workload ended the same way and printed the same as without it.");
        } else {
            out.println("Under the profile the workload behaved differently:");
            report.differences().forEach(line -> out.println("  " + TerminalText.clean(line)));
        }
        if (report.missingSyscalls().isEmpty()) {
            out.println("It made no system call the profile denies.");
        } else {
            out.println("System calls it made that the profile denies: " + String.join(", ", report.missingSyscalls()));
        }
        if (!report.missingComplete()) {
            out.println("(The search for denied calls reached its run limit; there may be more.)");
        }
        out.println("Probes (busybox, in a container under the profile):");
        for (ProbeResult probe : report.probes()) {
            out.println("  " + String.format(Locale.ROOT, "%-8s", probe.probe().name().toLowerCase(Locale.ROOT))
                    + " " + verdict(probe) + " — " + probe.probe().attempt() + " (" + String.join(", ",
                    probe.probe().syscalls()) + ")" + detail(probe));
        }
        out.println("Not probed: " + String.join("; ", report.notProbed()) + ".");
        out.println("Result: " + (report.passed() ? "passed" : "failed"));
    }

    private static String verdict(ProbeResult probe) {
        return switch (probe.verdict()) {
            case DENIED -> "denied";
            case ALLOWED_BY_PROFILE -> "allowed, the workload needed it";
            case NOT_DENIED -> "NOT DENIED";
            case INCONCLUSIVE -> "failed before it reached the call (inconclusive)";
            case SKIPPED -> "skipped";
        };
    }

    private static String detail(ProbeResult probe) {
        List<String> output = probe.output();
        String last = output.isEmpty() ? "" : TerminalText.clean(output.get(output.size() - 1));
        return last.isEmpty() ? "" : ": " + last;
    }
}
