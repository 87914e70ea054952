package dev.drydock.core.seccomp.learn;

import java.time.Instant;

/**
 * Which kernel records belong to one run: those made between the workload container's creation and a moment
 * after it stopped (on the daemon host's clock, which the kernel's audit timestamps use), by a process started
 * no earlier than the container's first process ({@code firstPid}; host pids count up, so older processes of
 * other containers are left out; 0 when the container ended before its pid could be read). Records of processes
 * started later elsewhere on the host cannot be told apart; they can only add calls, never hide one.
 */
public record RecordWindow(Instant from, Instant to, long firstPid) {

    public boolean contains(KernelAuditRecord record) {
        return !record.time().isBefore(from) && !record.time().isAfter(to)
                && (firstPid <= 0 || record.pid() >= firstPid);
    }
}
