package dev.drydock.app.seccomp;

import dev.drydock.core.report.TerminalText;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.LearningRun;
import dev.drydock.core.seccomp.verify.ProbeResult;
import dev.drydock.core.seccomp.verify.VerificationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words for a learning result and a verification report, line by line, shared by {@code drydock seccomp
 * learn|verify} and the GUI's Seccomp page so both say the same thing.
 */
public final class SeccompResultText {

    private SeccompResultText() {
    }

    /** "allowed from the start for the container runtime: …". */
    public static String runtimeLine(LearningResult result) {
        return "allowed from the start for the container runtime: " + String.join(", ", result.runtimeSyscalls());
    }

    /** "run 2 (exit status 0, 14 kernel records): 3 new: openat, read, write". */
    public static String runLine(LearningRun run) {
        String what = run.nothingNew() ? "nothing new" : run.newSyscalls().size() + " new: "
                + String.join(", ", run.newSyscalls());
        if (!run.unknownCalls().isEmpty()) {
            what += (run.newSyscalls().isEmpty() ? "" : "; ") + "without a name here: "
                    + String.join(", ", run.unknownCalls());
        }
        String ended = run.outcome().timedOut() ? "stopped at the end of the duration"
                : "exit status " + run.outcome().exitCode();
        return "run " + run.number() + " (" + ended + ", " + run.records() + " kernel records): " + what;
    }

    /**
     * Whether learning converged; when it did not, {@code moreRuns} says how to allow more runs (the CLI names
     * its option, the GUI its field).
     */
    public static String convergenceLine(LearningResult result, int maxRuns, String moreRuns) {
        if (result.converged()) {
            return "converged after " + result.runs().size() + " runs: the last two showed no new system call"
                    + " (the second after waiting out the kernel's log rate limit).";
        }
        return "not converged: the limit of " + maxRuns + " runs came before two runs in a row showed no new system"
                + " call, so the profile may lack some. " + moreRuns;
    }

    /** The line about calls that cannot be named, or empty. */
    public static List<String> unknownLines(LearningResult result) {
        return result.unknownCalls().isEmpty() ? List.of() : List.of("calls Drydock cannot name were seen and are not"
                + " allowed: " + String.join(", ", result.unknownCalls()));
    }

    /** The verification report, one line each; the last says "Result: passed" or "Result: failed". */
    public static List<String> verification(VerificationReport report) {
        List<String> lines = new ArrayList<>();
        if (!report.accepted()) {
            lines.add("The daemon refused the profile: " + TerminalText.clean(report.refusal()));
            lines.add("Result: failed");
            return lines;
        }
        lines.add("The daemon accepted the profile and ran the workload under it.");
        if (report.differences().isEmpty()) {
            lines.add("Under the profile the workload ended the same way and printed the same as without it.");
        } else {
            lines.add("Under the profile the workload behaved differently:");
            report.differences().forEach(line -> lines.add("  " + TerminalText.clean(line)));
        }
        if (report.missingSyscalls().isEmpty()) {
            lines.add("It made no system call the profile denies.");
        } else {
            lines.add("System calls it made that the profile denies: " + String.join(", ", report.missingSyscalls()));
        }
        if (!report.missingComplete()) {
            lines.add("(The search for denied calls reached its run limit; there may be more.)");
        }
        lines.add("Probes (busybox, in a container under the profile):");
        for (ProbeResult probe : report.probes()) {
            lines.add("  " + probeLine(probe));
        }
        lines.add("Not probed: " + String.join("; ", report.notProbed()) + ".");
        lines.add("Result: " + (report.passed() ? "passed" : "failed"));
        return lines;
    }

    /** "mount    denied — mounts a tmpfs (mount): mount: permission denied". */
    public static String probeLine(ProbeResult probe) {
        return String.format(Locale.ROOT, "%-8s", probe.probe().name().toLowerCase(Locale.ROOT)) + " " + verdict(probe)
                + " — " + probe.probe().attempt() + " (" + String.join(", ", probe.probe().syscalls()) + ")"
                + detail(probe);
    }

    /** The probe's verdict in words. */
    public static String verdict(ProbeResult probe) {
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
