package dev.drydock.app.cli;

import dev.drydock.core.seccomp.diff.ActionChange;
import dev.drydock.core.seccomp.diff.ProfileDiff;
import dev.drydock.core.seccomp.syscalls.SyscallGroup;
import dev.drydock.core.seccomp.syscalls.SyscallGroups;

import java.util.List;
import java.util.Set;

/**
 * The {@code seccomp diff --format json} answer. Fields are only ever added.
 *
 * @param before               the first file, as given
 * @param after                the second file, as given
 * @param same                 true when the profiles treat every system call and architecture alike
 * @param defaultActionBefore  A's default action (with its errno)
 * @param defaultActionAfter   B's default action
 * @param addedAllowed         calls B allows and A did not, with group and risk
 * @param removedAllowed       calls A allowed and B does not
 * @param changedActions       other changed treatments
 * @param addedArchitectures   architectures B covers and A did not
 * @param removedArchitectures architectures A covered and B does not
 */
record SeccompDiffJson(String before, String after, boolean same, String defaultActionBefore,
                       String defaultActionAfter, List<Call> addedAllowed, List<Call> removedAllowed,
                       List<ActionChange> changedActions, Set<String> addedArchitectures,
                       Set<String> removedArchitectures) {

    /** One system call: its name, the id of its group by purpose, and whether allowing it deserves attention. */
    record Call(String name, String group, boolean risky) {
        static Call of(String name) {
            SyscallGroup group = SyscallGroups.of(name);
            return new Call(name, group.id(), group.isRisky(name));
        }
    }

    static SeccompDiffJson of(String before, String after, ProfileDiff diff) {
        return new SeccompDiffJson(before, after, diff.isEmpty(), diff.defaultActionBefore(), diff.defaultActionAfter(),
                diff.addedAllowed().stream().map(Call::of).toList(), diff.removedAllowed().stream().map(Call::of).toList(),
                diff.changedActions(), diff.addedArchitectures(), diff.removedArchitectures());
    }
}
