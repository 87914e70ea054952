package dev.drydock.core.seccomp.validation;

import dev.drydock.core.seccomp.profile.SyscallRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a system call given two different actions by rules that both always apply (no argument
 * conditions, includes or excludes): the profile contradicts itself, and which one wins depends on
 * libseccomp's internals.
 */
final class DuplicateRules {
    private DuplicateRules() {
    }

    static void check(List<SyscallRule> rules, Problems problems) {
        Map<String, Integer> firstRule = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            SyscallRule rule = rules.get(i);
            if (rule.isConditional() || rule.action() == null) {
                continue;
            }
            for (String name : rule.allNames()) {
                Integer earlier = firstRule.putIfAbsent(name, i);
                if (earlier == null || reported.contains(name)) {
                    continue;
                }
                SyscallRule other = rules.get(earlier);
                if (!other.action().equals(rule.action())) {
                    reported.add(name);
                    problems.error("/syscalls/" + i, "\"" + name + "\" is " + other.action() + " in syscalls["
                            + earlier + "] and " + rule.action() + " in syscalls[" + i + "], both without conditions. "
                            + "Keep one of the two rules for it.");
                }
            }
        }
    }
}
