package dev.drydock.core.seccomp.diff;

import dev.drydock.core.seccomp.syscalls.SyscallGroup;
import dev.drydock.core.seccomp.syscalls.SyscallGroups;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A diff as plain text for the terminal: "+ name" for newly allowed calls, "- name" for calls no
 * longer allowed (both grouped by purpose, risky calls marked "(risky)"), "~ name: before -> after"
 * for other changes.
 */
public final class ProfileDiffText {
    private ProfileDiffText() {
    }

    public static String render(ProfileDiff diff) {
        if (diff.isEmpty()) {
            return "The profiles treat every system call and architecture alike.\n";
        }
        StringBuilder out = new StringBuilder();
        if (diff.defaultActionChanged()) {
            out.append("Default action: ").append(diff.defaultActionBefore()).append(" -> ")
                    .append(diff.defaultActionAfter()).append('\n');
        }
        architectures(out, "Architectures added", diff.addedArchitectures());
        architectures(out, "Architectures removed", diff.removedArchitectures());
        calls(out, "Newly allowed", "+", diff.addedAllowed());
        calls(out, "No longer allowed", "-", diff.removedAllowed());
        if (!diff.changedActions().isEmpty()) {
            out.append("Changed (").append(diff.changedActions().size()).append("):\n");
            for (ActionChange change : diff.changedActions()) {
                out.append("  ~ ").append(change.syscall()).append(": ").append(change.before()).append(" -> ")
                        .append(change.after()).append('\n');
            }
        }
        return out.toString();
    }

    private static void architectures(StringBuilder out, String title, Set<String> arches) {
        if (!arches.isEmpty()) {
            out.append(title).append(": ").append(String.join(", ", new java.util.TreeSet<>(arches))).append('\n');
        }
    }

    private static void calls(StringBuilder out, String title, String sign, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        out.append(title).append(" (").append(names.size()).append("):\n");
        Map<SyscallGroup, List<String>> grouped = SyscallGroups.group(new java.util.TreeSet<>(names));
        grouped.forEach((group, members) -> {
            out.append("  ").append(group.title()).append(":\n");
            for (String name : members) {
                out.append("    ").append(sign).append(' ').append(name);
                if (group.isRisky(name)) {
                    out.append(" (risky)");
                }
                out.append('\n');
            }
        });
    }
}
