package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.profile.SeccompProfile;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What learning produced.
 *
 * @param profile          the learned profile: default {@code SCMP_ACT_ERRNO} (EPERM), one allow rule with the
 *                         learned names in name order, the native architectures
 * @param syscalls         the allowed system calls, in name order
 * @param runtimeSyscalls  those allowed from the start because the container runtime calls them after it
 *                         loaded the filter (see {@link RuntimeSyscalls})
 * @param runs             every learning run, first first
 * @param converged        true when the last run showed no new system call; false when the run limit was
 *                         reached first (the profile may then lack calls)
 * @param unknownCalls     calls seen whose number this build cannot name (they cannot be allowed by name)
 */
public record LearningResult(SeccompProfile profile, List<String> syscalls, List<String> runtimeSyscalls,
                             List<LearningRun> runs, boolean converged, List<String> unknownCalls) {

    public LearningResult {
        syscalls = List.copyOf(syscalls);
        runtimeSyscalls = List.copyOf(runtimeSyscalls);
        runs = List.copyOf(runs);
        unknownCalls = List.copyOf(unknownCalls);
    }

    /** The workload's outcome in the last run (the reference a verification compares with). */
    public WorkloadOutcome lastOutcome() {
        return runs.get(runs.size() - 1).outcome();
    }

    /** The calls the workload was seen making, without those allowed for the runtime only. */
    public SortedSet<String> observedSyscalls() {
        SortedSet<String> seen = new TreeSet<>();
        runs.forEach(run -> seen.addAll(run.newSyscalls()));
        return seen;
    }
}
