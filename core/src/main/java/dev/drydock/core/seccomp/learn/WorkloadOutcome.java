package dev.drydock.core.seccomp.learn;

import java.util.List;

/**
 * What one run of a workload did, to compare runs under different profiles.
 *
 * @param exitCode the container's exit status (137 when it was killed at the end of the duration)
 * @param timedOut true when it still ran when the duration was up and was killed
 * @param output   the container's stdout and stderr, interleaved, one entry per line
 * @param steps    for a script workload: each command with its result, in order; else empty
 */
public record WorkloadOutcome(long exitCode, boolean timedOut, List<String> output, List<ScriptStep> steps) {

    public WorkloadOutcome {
        output = List.copyOf(output);
        steps = List.copyOf(steps);
    }

    /**
     * One command of a script workload.
     *
     * @param command  the command line as written in the script
     * @param exitCode its exit status, -1 when it did not end in time
     * @param output   its stdout and stderr, one entry per line
     */
    public record ScriptStep(String command, int exitCode, List<String> output) {
        public ScriptStep {
            output = List.copyOf(output);
        }
    }
}
