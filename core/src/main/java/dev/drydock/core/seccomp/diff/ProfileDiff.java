package dev.drydock.core.seccomp.diff;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between two profiles, "before" → "after". Sets iterate in name order.
 *
 * @param defaultActionBefore the default action (with errno, if any) before
 * @param defaultActionAfter  the default action after
 * @param addedAllowed        system calls some rule allows after but none before, sorted
 * @param removedAllowed      system calls some rule allowed before but none after, sorted
 * @param changedActions      system calls named by either side whose treatment changed otherwise, sorted
 * @param addedArchitectures  architectures covered after but not before
 * @param removedArchitectures architectures covered before but not after
 */
public record ProfileDiff(String defaultActionBefore, String defaultActionAfter, Set<String> addedAllowed,
        Set<String> removedAllowed, List<ActionChange> changedActions, Set<String> addedArchitectures,
        Set<String> removedArchitectures) {

    public ProfileDiff {
        addedAllowed = sorted(addedAllowed);
        removedAllowed = sorted(removedAllowed);
        changedActions = List.copyOf(changedActions);
        addedArchitectures = sorted(addedArchitectures);
        removedArchitectures = sorted(removedArchitectures);
    }

    private static Set<String> sorted(Set<String> names) {
        return Collections.unmodifiableSet(new TreeSet<>(names));
    }

    public boolean defaultActionChanged() {
        return !defaultActionBefore.equals(defaultActionAfter);
    }

    /** True when the two profiles treat every system call and architecture alike. */
    public boolean isEmpty() {
        return !defaultActionChanged() && addedAllowed.isEmpty() && removedAllowed.isEmpty()
                && changedActions.isEmpty() && addedArchitectures.isEmpty() && removedArchitectures.isEmpty();
    }
}
