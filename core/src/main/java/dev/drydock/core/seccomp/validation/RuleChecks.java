package dev.drydock.core.seccomp.validation;

import dev.drydock.core.seccomp.profile.RuleFilter;
import dev.drydock.core.seccomp.profile.SyscallArg;
import dev.drydock.core.seccomp.profile.SyscallRule;
import dev.drydock.core.seccomp.syscalls.KnownSyscalls;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of one {@code syscalls} entry: names, action, errno, argument conditions, filters. */
final class RuleChecks {
    private static final Pattern KERNEL_VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final int MAX_ARG_INDEX = 5;

    private RuleChecks() {
    }

    static void check(SyscallRule rule, String at, Problems problems) {
        checkNames(rule, at, problems);
        if (rule.action() == null || rule.action().isEmpty()) {
            problems.error(at + "/action", "This rule has no \"action\"; say what happens to these system calls, "
                    + "for example \"SCMP_ACT_ALLOW\".");
        } else {
            Actions.check(rule.action(), at + "/action", problems);
        }
        Actions.checkErrno(rule.action(), rule.errnoRet(), at + "/errnoRet", "action", problems);
        List<SyscallArg> args = rule.args() == null ? List.of() : rule.args();
        for (int i = 0; i < args.size(); i++) {
            checkArg(args.get(i), at + "/args/" + i, problems);
        }
        checkFilter(rule.includes(), at + "/includes", problems);
        checkFilter(rule.excludes(), at + "/excludes", problems);
        ProfileChecks.unknownFields(rule.unknownFields(), at, problems);
    }

    private static void checkNames(SyscallRule rule, String at, Problems problems) {
        boolean hasNames = rule.names() != null && !rule.names().isEmpty();
        boolean hasName = rule.name() != null && !rule.name().isEmpty();
        if (hasNames && hasName) {
            problems.error(at + "/name", "Both \"name\" and \"names\" are given; Docker refuses that. Move the "
                    + "name into \"names\".");
        } else if (!hasNames && !hasName) {
            problems.error(at + "/names", "This rule names no system call; add them to \"names\".");
        } else if (hasName) {
            problems.info(at + "/name", "\"name\" is the old single-name form; newer tools expect \"names\": [\""
                    + rule.name() + "\"].");
        }
        List<String> names = rule.names() == null ? List.of() : rule.names();
        for (int i = 0; i < names.size(); i++) {
            checkName(names.get(i), at + "/names/" + i, problems);
        }
        if (hasName) {
            checkName(rule.name(), at + "/name", problems);
        }
    }

    private static void checkName(String name, String pointer, Problems problems) {
        if (!KnownSyscalls.isKnown(name)) {
            problems.error(pointer, "\"" + name + "\" is not a Linux system call" + Words.suggestion(name,
                    KnownSyscalls.names()) + "; Docker skips unknown names, so this rule does not cover it.");
        }
    }

    private static void checkArg(SyscallArg arg, String at, Problems problems) {
        if (arg.index() == null) {
            problems.error(at + "/index", "This argument condition has no \"index\" (0 to 5).");
        } else if (Long.compareUnsigned(arg.index(), MAX_ARG_INDEX) > 0) {
            problems.error(at + "/index", "Argument index " + Long.toUnsignedString(arg.index()) + " is impossible: "
                    + "system calls have at most 6 arguments, numbered 0 to 5.");
        }
        if (arg.op() == null || arg.op().isEmpty()) {
            problems.error(at + "/op", "This argument condition has no \"op\", such as \"SCMP_CMP_EQ\".");
        } else if (!SeccompVocabulary.OPERATORS.contains(arg.op())) {
            problems.error(at + "/op", "Unknown comparison \"" + arg.op() + "\"" + Words.suggestion(arg.op(),
                    SeccompVocabulary.OPERATORS) + "; comparisons are " + Words.list(SeccompVocabulary.OPERATORS) + ".");
        } else if (arg.op().equals("SCMP_CMP_MASKED_EQ") && arg.valueTwo() == null) {
            problems.info(at + "/valueTwo", "SCMP_CMP_MASKED_EQ compares (argument & value) with valueTwo; valueTwo "
                    + "is absent, so it is 0: the condition holds when none of the bits 0x"
                    + Long.toHexString(arg.value() == null ? 0 : arg.value()) + " is set.");
        }
        if (arg.value() == null) {
            problems.error(at + "/value", "This argument condition has no \"value\".");
        }
        ProfileChecks.unknownFields(arg.unknownFields(), at, problems);
    }

    private static void checkFilter(RuleFilter filter, String at, Problems problems) {
        if (filter == null) {
            return;
        }
        List<String> caps = filter.caps() == null ? List.of() : filter.caps();
        for (int i = 0; i < caps.size(); i++) {
            if (!SeccompVocabulary.CAPABILITIES.contains(caps.get(i))) {
                problems.error(at + "/caps/" + i, "Unknown capability \"" + caps.get(i) + "\"" + Words.suggestion(
                        caps.get(i), SeccompVocabulary.CAPABILITIES) + "; capabilities are written like CAP_SYS_ADMIN.");
            }
        }
        List<String> arches = filter.arches() == null ? List.of() : filter.arches();
        for (int i = 0; i < arches.size(); i++) {
            if (!SeccompVocabulary.GO_ARCHES.contains(arches.get(i))) {
                problems.warning(at + "/arches/" + i, "Unknown architecture \"" + arches.get(i) + "\"; includes and "
                        + "excludes use Go's names such as amd64, arm64, s390x; this condition never matches.");
            }
        }
        if (filter.minKernel() != null && !KERNEL_VERSION.matcher(filter.minKernel()).matches()) {
            problems.error(at + "/minKernel", "\"minKernel\": \"" + filter.minKernel() + "\" is not a kernel version; "
                    + "write major.minor, for example \"4.8\".");
        }
        ProfileChecks.unknownFields(filter.unknownFields(), at, problems);
    }
}
