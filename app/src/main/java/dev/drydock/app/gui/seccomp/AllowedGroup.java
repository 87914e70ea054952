package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.syscalls.SyscallGroup;

import java.util.List;

/**
 * The calls a profile allows that serve one purpose, for the "Allowed calls" list.
 *
 * @param group the group: title, explanation, whether it is risky as a whole
 * @param calls the allowed calls of the group, in name order
 */
public record AllowedGroup(SyscallGroup group, List<AllowedCall> calls) {

    public AllowedGroup {
        calls = List.copyOf(calls);
    }

    /** How many of the calls deserve attention. */
    public long riskyCount() {
        return calls.stream().filter(AllowedCall::risky).count();
    }

    /**
     * One allowed call.
     *
     * @param risky       allowing it deserves attention
     * @param conditional allowed only with argument conditions or on some hosts (capabilities, architectures)
     */
    public record AllowedCall(String name, boolean risky, boolean conditional) {
    }
}
