package dev.drydock.core.seccomp.verify;

import dev.drydock.core.seccomp.learn.WorkloadOutcome;

import java.util.List;

/**
 * What verifying a profile showed.
 *
 * @param accepted        the daemon created and started a container with the profile
 * @param refusal         the daemon's words when it did not; empty otherwise
 * @param reference       the workload's run with the profile logging instead of denying (as without it)
 * @param enforced        its run with the profile enforcing; null when the daemon refused the profile
 * @param differences     how the enforced run differs from the reference, in sentences; empty when alike
 * @param missingSyscalls calls the workload made that the profile does not allow, in name order
 * @param missingComplete true when the search for missing calls ended with a run that showed nothing new
 * @param probes          the probes' results
 * @param notProbed       the calls no probe could attempt, with the reason
 */
public record VerificationReport(boolean accepted, String refusal, WorkloadOutcome reference,
                                 WorkloadOutcome enforced, List<String> differences, List<String> missingSyscalls,
                                 boolean missingComplete, List<ProbeResult> probes, List<String> notProbed) {

    public VerificationReport {
        refusal = refusal == null ? "" : refusal;
        differences = List.copyOf(differences);
        missingSyscalls = List.copyOf(missingSyscalls);
        probes = List.copyOf(probes);
        notProbed = List.copyOf(notProbed);
    }

    /** The daemon refused the profile: nothing else was tried. */
    public static VerificationReport refused(String refusal) {
        return new VerificationReport(false, refusal, null, null, List.of(), List.of(), false, List.of(), List.of());
    }

    /**
     * True when the daemon accepted the profile, the workload behaved the same under it, made no call it denies,
     * and no probe got through.
     */
    public boolean passed() {
        return accepted && differences.isEmpty() && missingSyscalls.isEmpty()
                && probes.stream().noneMatch(ProbeResult::failed);
    }
}
