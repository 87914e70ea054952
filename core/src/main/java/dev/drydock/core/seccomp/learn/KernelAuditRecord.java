package dev.drydock.core.seccomp.learn;

import dev.drydock.core.seccomp.syscalls.AuditSyscalls;

import java.time.Instant;
import java.util.Optional;

/**
 * One seccomp record of the kernel log (audit type 1326), e.g.
 * {@code audit: type=1326 audit(1795458972.369:9): … pid=7234 comm="runc:[2:INIT]" … arch=c000003e syscall=72 … code=0x7ffc0000}.
 *
 * @param time    the audit timestamp (the host's wall clock when the call was made)
 * @param serial  the audit serial number
 * @param pid     the calling process, as the host numbers it
 * @param command the process name ({@code comm}), empty when the record has none
 * @param arch    the audit architecture in lower-case hex ({@code c000003e} is x86_64)
 * @param syscall the system call number on that architecture
 * @param code    the seccomp action taken ({@code 0x7ffc0000} is SECCOMP_RET_LOG)
 */
public record KernelAuditRecord(Instant time, long serial, long pid, String command, String arch, long syscall,
                                long code) {

    /** The action value of {@code SCMP_ACT_LOG}: the call was allowed and logged. */
    public static final long SECCOMP_RET_LOG = 0x7ffc0000L;

    /** True when the call was allowed and only logged (what a learning run's default action does). */
    public boolean logged() {
        return code == SECCOMP_RET_LOG;
    }

    /** The system call's name, when this build has a table for the architecture and knows the number. */
    public Optional<String> syscallName() {
        return AuditSyscalls.name(arch, syscall);
    }

    /** {@code arch=c000003e syscall=999}: how a call without a known name is shown. */
    public String describeNumber() {
        return "arch=" + arch + " syscall=" + syscall;
    }
}
