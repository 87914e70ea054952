package dev.drydock.core.seccomp.learn;

import java.util.List;

/**
 * One run of the learning loop.
 *
 * @param number          1 for the first run
 * @param newSyscalls     the system calls this run showed that earlier runs had not, in name order
 * @param unknownCalls    calls whose number this build cannot name ({@code arch=… syscall=…}), new in this run
 * @param records         how many seccomp records of this run the kernel logged (after its rate limit)
 * @param outcome         what the workload did in this run
 */
public record LearningRun(int number, List<String> newSyscalls, List<String> unknownCalls, int records,
                          WorkloadOutcome outcome) {
    public LearningRun {
        newSyscalls = List.copyOf(newSyscalls);
        unknownCalls = List.copyOf(unknownCalls);
    }

    /** True when this run showed nothing that was not allowed already. */
    public boolean nothingNew() {
        return newSyscalls.isEmpty() && unknownCalls.isEmpty();
    }
}
