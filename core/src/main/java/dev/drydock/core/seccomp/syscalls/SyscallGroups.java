package dev.drydock.core.seccomp.syscalls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of system calls by purpose ({@code groups.txt}): which group a call belongs to, whether
 * it is risky, and a grouping of any list of calls for display. Calls of no group (names of other
 * architectures) fall in {@link #OTHER}.
 */
public final class SyscallGroups {
    /** The group of names no group lists: calls of other architectures or unknown names. */
    public static final SyscallGroup OTHER = new SyscallGroup("other", "Other",
            "System calls of other architectures, or names Drydock does not know.", false, List.of(), Set.of());
    private static final List<SyscallGroup> GROUPS = load();
    private static final Map<String, SyscallGroup> BY_SYSCALL = index(GROUPS);

    private SyscallGroups() {
    }

    /** Every group, in data-file order. */
    public static List<SyscallGroup> all() {
        return GROUPS;
    }

    /** The group with this id. */
    public static Optional<SyscallGroup> byId(String id) {
        return GROUPS.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The group of a system call, or {@link #OTHER}. */
    public static SyscallGroup of(String syscall) {
        return BY_SYSCALL.getOrDefault(syscall, OTHER);
    }

    /** True when allowing this system call deserves attention. */
    public static boolean isRisky(String syscall) {
        return of(syscall).isRisky(syscall);
    }

    /** These calls by group, groups in data-file order ({@link #OTHER} last), calls in given order. */
    public static Map<SyscallGroup, List<String>> group(Collection<String> syscalls) {
        Map<SyscallGroup, List<String>> grouped = new LinkedHashMap<>();
        for (SyscallGroup group : GROUPS) {
            grouped.put(group, new ArrayList<>());
        }
        grouped.put(OTHER, new ArrayList<>());
        for (String syscall : new LinkedHashSet<>(syscalls)) {
            grouped.get(of(syscall)).add(syscall);
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }

    private static List<SyscallGroup> load() {
        List<SyscallGroup> groups = new ArrayList<>();
        String[] header = null;
        List<String> members = new ArrayList<>();
        Set<String> riskyMembers = new LinkedHashSet<>();
        for (String line : DataLines.read("groups.txt")) {
            if (line.startsWith("group ")) {
                if (header != null) {
                    groups.add(group(header, members, riskyMembers));
                }
                header = line.substring("group ".length()).split("\\|", 4);
                members = new ArrayList<>();
                riskyMembers = new LinkedHashSet<>();
                continue;
            }
            for (String word : line.split("\\s+")) {
                String name = word.startsWith("!") ? word.substring(1) : word;
                members.add(name);
                if (word.startsWith("!")) {
                    riskyMembers.add(name);
                }
            }
        }
        if (header != null) {
            groups.add(group(header, members, riskyMembers));
        }
        return List.copyOf(groups);
    }

    private static SyscallGroup group(String[] header, List<String> members, Set<String> risky) {
        if (header.length != 4) {
            throw new IllegalStateException("bad group line in groups.txt: " + String.join("|", header));
        }
        return new SyscallGroup(header[0].strip(), header[2].strip(), header[3].strip(),
                header[1].strip().equals("yes"), members, risky);
    }

    private static Map<String, SyscallGroup> index(List<SyscallGroup> groups) {
        Map<String, SyscallGroup> index = new LinkedHashMap<>();
        for (SyscallGroup group : groups) {
            for (String syscall : group.syscalls()) {
                if (index.putIfAbsent(syscall, group) != null) {
                    throw new IllegalStateException(syscall + " is in two groups in groups.txt");
                }
            }
        }
        return Map.copyOf(index);
    }
}
