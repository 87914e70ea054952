package dev.drydock.core.seccomp.syscalls;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every system call name a profile may sensibly contain: the names of the x86_64 and aarch64
 * tables plus names that exist only on other architectures ({@code other-architectures.txt}).
 */
public final class KnownSyscalls {
    private static final Set<String> OTHER_ARCHITECTURES = Set.copyOf(DataLines.read("other-architectures.txt"));
    private static final Set<String> ALL = all();

    private KnownSyscalls() {
    }

    /** True when some architecture has a system call of this name. */
    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }

    /** True when the name exists only on architectures without a table here (i386, arm, s390x …). */
    public static boolean isOtherArchitectureOnly(String name) {
        return OTHER_ARCHITECTURES.contains(name) && SyscallTable.all().stream().noneMatch(t -> t.contains(name));
    }

    /** All known names, sorted. */
    public static Set<String> names() {
        return ALL;
    }

    private static Set<String> all() {
        Set<String> all = new TreeSet<>(OTHER_ARCHITECTURES);
        SyscallTable.all().forEach(t -> all.addAll(t.byNumber().values()));
        return java.util.Collections.unmodifiableSet(all);
    }
}
