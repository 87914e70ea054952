package dev.drydock.core.seccomp.syscalls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The system call numbers of one architecture, both ways: number → name (to decode kernel audit
 * records, which carry {@code arch=} and {@code syscall=} numbers) and name → number.
 * The data files name their kernel source.
 */
public final class SyscallTable {
    private static final String X86_64_AUDIT_ARCH = "c000003e";
    private static final String AARCH64_AUDIT_ARCH = "c00000b7";
    private static final SyscallTable X86_64 = load("x86_64", "SCMP_ARCH_X86_64", X86_64_AUDIT_ARCH);
    private static final SyscallTable AARCH64 = load("aarch64", "SCMP_ARCH_AARCH64", AARCH64_AUDIT_ARCH);

    private final String architecture;
    private final String seccompArchitecture;
    private final String auditArch;
    private final SortedMap<Integer, String> byNumber;
    private final Map<String, Integer> byName;

    private SyscallTable(String architecture, String seccompArchitecture, String auditArch,
            SortedMap<Integer, String> byNumber) {
        this.architecture = architecture;
        this.seccompArchitecture = seccompArchitecture;
        this.auditArch = auditArch;
        this.byNumber = Collections.unmodifiableSortedMap(byNumber);
        Map<String, Integer> names = new LinkedHashMap<>();
        byNumber.forEach((number, name) -> names.put(name, number));
        this.byName = Collections.unmodifiableMap(names);
    }

    /** Linux on x86_64, native 64-bit ABI. */
    public static SyscallTable x86_64() {
        return X86_64;
    }

    /** Linux on aarch64 (arm64). */
    public static SyscallTable aarch64() {
        return AARCH64;
    }

    /** Every table this build knows. */
    public static List<SyscallTable> all() {
        return List.of(X86_64, AARCH64);
    }

    /**
     * The table for the {@code arch=} value of a kernel audit record (AUDIT_ARCH_*, hexadecimal):
     * {@code c000003e} is x86_64, {@code c00000b7} is aarch64. Case and a {@code 0x} prefix do not matter.
     * Empty for architectures without a table (for example {@code 40000003}, 32-bit x86).
     */
    public static Optional<SyscallTable> forAuditArch(String auditArch) {
        if (auditArch == null) {
            return Optional.empty();
        }
        String normalized = auditArch.strip().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("0x")) {
            normalized = normalized.substring(2);
        }
        for (SyscallTable table : all()) {
            if (table.auditArch.equals(normalized)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /** The table for a seccomp architecture name ({@code SCMP_ARCH_X86_64}), if there is one. */
    public static Optional<SyscallTable> forSeccompArchitecture(String name) {
        return all().stream().filter(t -> t.seccompArchitecture.equals(name)).findFirst();
    }

    /** The kernel's name of the architecture ({@code x86_64}, {@code aarch64}). */
    public String architecture() {
        return architecture;
    }

    /** The seccomp name ({@code SCMP_ARCH_X86_64}). */
    public String seccompArchitecture() {
        return seccompArchitecture;
    }

    /** The audit arch value in lower-case hex, as in {@code arch=c000003e}. */
    public String auditArch() {
        return auditArch;
    }

    /** The name of a system call number. */
    public Optional<String> name(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The number of a system call name. */
    public OptionalInt number(String name) {
        Integer number = byName.get(name);
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /** True when this architecture has a system call of this name. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Number → name, in number order. */
    public SortedMap<Integer, String> byNumber() {
        return byNumber;
    }

    @Override
    public String toString() {
        return "SyscallTable[" + architecture + ", " + byNumber.size() + " system calls]";
    }

    private static SyscallTable load(String architecture, String seccompArchitecture, String auditArch) {
        SortedMap<Integer, String> byNumber = new TreeMap<>();
        for (String line : DataLines.read(architecture + ".txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("bad line in " + architecture + ".txt: " + line);
            }
            String previous = byNumber.put(Integer.parseInt(parts[0]), parts[1]);
            if (previous != null) {
                throw new IllegalStateException("number " + parts[0] + " twice in " + architecture + ".txt");
            }
        }
        return new SyscallTable(architecture, seccompArchitecture, auditArch, byNumber);
    }
}
