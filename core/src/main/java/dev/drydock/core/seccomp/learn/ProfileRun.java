package dev.drydock.core.seccomp.learn;

import java.util.List;

/**
 * One run of the workload under a seccomp profile: what it did, and the kernel's seccomp records of that
 * run (those the kernel's rate limit let through).
 */
public record ProfileRun(WorkloadOutcome outcome, List<KernelAuditRecord> records) {
    public ProfileRun {
        records = List.copyOf(records);
    }
}
