package dev.drydock.core.seccomp.syscalls;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names the system call of a kernel audit record (type 1326, SECCOMP): {@code arch=c000003e
 * syscall=59} is execve. On x86_64 a number with the x32 bit (0x40000000) is a call of the x32 ABI:
 * the bit is removed, numbers 512-547 are looked up in x32's own rows, and the rows only the 64-bit
 * ABI has ({@code x86_64-only.txt}) are not x32 calls.
 */
public final class AuditSyscalls {
    private static final long X32_SYSCALL_BIT = 0x40000000L;
    private static final Map<Integer, String> X32_SPECIFIC = numbered("x32-specific.txt");
    private static final Map<Integer, String> X86_64_ONLY = numbered("x86_64-only.txt");

    private AuditSyscalls() {
    }

    /**
     * The name of {@code syscall} on {@code auditArch} (the record's {@code arch=} hex value), or empty
     * when the architecture has no table here or the number is not a system call.
     */
    public static Optional<String> name(String auditArch, long syscall) {
        Optional<SyscallTable> table = SyscallTable.forAuditArch(auditArch);
        if (table.isEmpty() || syscall < 0) {
            return Optional.empty();
        }
        if (table.get() == SyscallTable.x86_64() && (syscall & X32_SYSCALL_BIT) != 0) {
            long number = syscall & ~X32_SYSCALL_BIT;
            String x32 = X32_SPECIFIC.get((int) number);
            if (x32 != null) {
                return Optional.of(x32);
            }
            boolean shared = number < 512 || number > 547;
            return shared && !X86_64_ONLY.containsKey((int) number) && number <= Integer.MAX_VALUE
                    ? table.get().name((int) number) : Optional.empty();
        }
        return syscall > Integer.MAX_VALUE ? Optional.empty() : table.get().name((int) syscall);
    }

    private static Map<Integer, String> numbered(String resource) {
        Map<Integer, String> names = new HashMap<>();
        for (String line : DataLines.read(resource)) {
            String[] parts = line.split("\\s+");
            names.put(Integer.parseInt(parts[0]), parts[1]);
        }
        return Map.copyOf(names);
    }
}
