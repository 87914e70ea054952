package dev.drydock.core.seccomp.diff;

import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.profile.SyscallRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two profiles system call by system call. A call counts as allowed when some rule gives it
 * {@code SCMP_ACT_ALLOW} or {@code SCMP_ACT_LOG} (conditional rules included, so the baseline's
 * capability-dependent calls count as allowed); its treatment is the set of actions of the rules
 * naming it, marked "(conditional)" for rules with args/includes/excludes.
 */
public final class SeccompDiff {
    private SeccompDiff() {
    }

    public static ProfileDiff between(SeccompProfile before, SeccompProfile after) {
        Map<String, String> treatedBefore = treatment(before);
        Map<String, String> treatedAfter = treatment(after);
        Set<String> allowedBefore = allowed(before);
        Set<String> allowedAfter = allowed(after);
        Set<String> added = new TreeSet<>(allowedAfter);
        added.removeAll(allowedBefore);
        Set<String> removed = new TreeSet<>(allowedBefore);
        removed.removeAll(allowedAfter);
        Set<String> names = new TreeSet<>(treatedBefore.keySet());
        names.addAll(treatedAfter.keySet());
        List<ActionChange> changes = new ArrayList<>();
        for (String name : names) {
            if (added.contains(name) || removed.contains(name)) {
                continue;
            }
            String was = treatedBefore.getOrDefault(name, "default: " + defaultAction(before));
            String is = treatedAfter.getOrDefault(name, "default: " + defaultAction(after));
            if (!was.equals(is)) {
                changes.add(new ActionChange(name, was, is));
            }
        }
        Set<String> archesAdded = new TreeSet<>(after.allArchitectures());
        archesAdded.removeAll(before.allArchitectures());
        Set<String> archesRemoved = new TreeSet<>(before.allArchitectures());
        archesRemoved.removeAll(after.allArchitectures());
        return new ProfileDiff(defaultAction(before), defaultAction(after), added, removed, changes, archesAdded,
                archesRemoved);
    }

    /** The default action with its errno, as {@code SCMP_ACT_ERRNO (errno 1)}. */
    static String defaultAction(SeccompProfile profile) {
        String action = profile.defaultAction() == null ? "(none)" : profile.defaultAction();
        return profile.defaultErrnoRet() == null ? action
                : action + " (errno " + Long.toUnsignedString(profile.defaultErrnoRet()) + ")";
    }

    private static Set<String> allowed(SeccompProfile profile) {
        Set<String> allowed = new TreeSet<>();
        for (SyscallRule rule : profile.rules()) {
            if ("SCMP_ACT_ALLOW".equals(rule.action()) || "SCMP_ACT_LOG".equals(rule.action())) {
                allowed.addAll(rule.allNames());
            }
        }
        return allowed;
    }

    private static Map<String, String> treatment(SeccompProfile profile) {
        Map<String, Set<String>> actions = new TreeMap<>();
        for (SyscallRule rule : profile.rules()) {
            String action = String.valueOf(rule.action());
            if (rule.errnoRet() != null) {
                action += " (errno " + Long.toUnsignedString(rule.errnoRet()) + ")";
            }
            if (rule.isConditional()) {
                action += " (conditional)";
            }
            for (String name : rule.allNames()) {
                actions.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(action);
            }
        }
        Map<String, String> treatment = new TreeMap<>();
        actions.forEach((name, set) -> treatment.put(name, String.join(", ", new TreeSet<>(set))));
        return treatment;
    }
}
