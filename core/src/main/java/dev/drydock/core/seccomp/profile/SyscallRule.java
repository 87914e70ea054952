package dev.drydock.core.seccomp.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code syscalls}: what to do when one of {@code names} is called (and the argument
 * conditions, if any, hold), on the hosts the includes/excludes select.
 *
 * @param names    the system call names, or null
 * @param name     the deprecated single-name form of old Docker profiles, or null
 * @param action   the action ({@code SCMP_ACT_ALLOW} …)
 * @param errnoRet the errno for an errno action, or null
 * @param args     argument conditions (all must hold), or null
 * @param comment  free text, or null
 * @param includes the rule applies only when this filter matches, or null
 * @param excludes the rule does not apply when this filter matches, or null
 */
public record SyscallRule(
        List<String> names,
        String name,
        String action,
        Long errnoRet,
        List<SyscallArg> args,
        String comment,
        RuleFilter includes,
        RuleFilter excludes,
        Map<String, JsonNode> unknownFields) {

    public SyscallRule {
        names = Nulls.copy(names);
        args = Nulls.copy(args);
        unknownFields = Nulls.copy(unknownFields);
    }

    /** An unconditional rule for these names. */
    public static SyscallRule of(String action, List<String> names) {
        return new SyscallRule(names, null, action, null, null, null, null, null, Map.of());
    }

    /** Every system call this rule names ({@code names} plus the deprecated {@code name}). */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        if (names != null) {
            all.addAll(names);
        }
        if (name != null && !name.isEmpty()) {
            all.add(name);
        }
        return all;
    }

    /** True when the rule applies only sometimes: argument conditions, includes or excludes. */
    public boolean isConditional() {
        return (args != null && !args.isEmpty()) || (includes != null && !includes.isEmpty())
                || (excludes != null && !excludes.isEmpty());
    }

    /** This rule with other names (everything else kept). */
    public SyscallRule withNames(List<String> newNames) {
        return new SyscallRule(newNames, null, action, errnoRet, args, comment, includes, excludes, unknownFields);
    }
}
