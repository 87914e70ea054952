package dev.drydock.core.seccomp.syscalls;

import java.util.List;
import java.util.Set;

/**
 * System calls that serve one purpose, explained for a human.
 *
 * @param id            a stable identifier ({@code file-io}, {@code namespaces} …)
 * @param title         a short title ("File I/O")
 * @param explanation   one line saying what these calls are for
 * @param risky         true when allowing any call of the group deserves attention
 * @param syscalls      the members, in data-file order
 * @param riskySyscalls members that are risky even though the group is not
 */
public record SyscallGroup(String id, String title, String explanation, boolean risky, List<String> syscalls,
        Set<String> riskySyscalls) {

    public SyscallGroup {
        syscalls = List.copyOf(syscalls);
        riskySyscalls = Set.copyOf(riskySyscalls);
    }

    /** True when allowing this member deserves attention (the group, or the call itself, is risky). */
    public boolean isRisky(String syscall) {
        return risky || riskySyscalls.contains(syscall);
    }
}
