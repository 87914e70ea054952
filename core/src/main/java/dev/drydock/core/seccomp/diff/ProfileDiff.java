package dev.drydock.core.seccomp.diff;

import java.util.List;
import java.util.Set;

/**
 * The difference between two profiles, "before" → "after".
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
        addedAllowed = Set.copyOf(addedAllowed);
        removedAllowed = Set.copyOf(removedAllowed);
        changedActions = List.copyOf(changedActions);
        addedArchitectures = Set.copyOf(addedArchitectures);
        removedArchitectures = Set.copyOf(removedArchitectures);
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
