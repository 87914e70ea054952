package dev.drydock.core.seccomp.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.seccomp.profile.ArchMapping;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import java.util.List;
import java.util.Map;

/** Checks of the profile's top level: default action, architectures, flags, listener. */
final class ProfileChecks {
    private ProfileChecks() {
    }

    static void check(SeccompProfile profile, Problems problems) {
        String action = profile.defaultAction();
        if (action == null || action.isEmpty()) {
            problems.error("/defaultAction", "The profile has no \"defaultAction\"; Docker rejects it. Add "
                    + "\"defaultAction\": \"SCMP_ACT_ERRNO\" to deny every system call no rule allows.");
        } else {
            Actions.check(action, "/defaultAction", problems);
        }
        Actions.checkErrno(action, profile.defaultErrnoRet(), "/defaultErrnoRet", "defaultAction", problems);
        checkArchitectures(profile, problems);
        List<String> flags = profile.flags() == null ? List.of() : profile.flags();
        for (int i = 0; i < flags.size(); i++) {
            if (!SeccompVocabulary.FLAGS.contains(flags.get(i))) {
                problems.error("/flags/" + i, "Unknown seccomp flag \"" + flags.get(i) + "\"; known flags are "
                        + Words.list(SeccompVocabulary.FLAGS) + ".");
            }
        }
        boolean notifies = "SCMP_ACT_NOTIFY".equals(action)
                || profile.rules().stream().anyMatch(r -> "SCMP_ACT_NOTIFY".equals(r.action()));
        if (notifies && (profile.listenerPath() == null || profile.listenerPath().isEmpty())) {
            problems.error("/listenerPath", "SCMP_ACT_NOTIFY needs \"listenerPath\", the socket of the agent that "
                    + "answers the notifications; without it the container cannot start.");
        }
        unknownFields(profile.unknownFields(), "", problems);
    }

    private static void checkArchitectures(SeccompProfile profile, Problems problems) {
        boolean hasArchitectures = profile.architectures() != null && !profile.architectures().isEmpty();
        boolean hasArchMap = profile.archMap() != null && !profile.archMap().isEmpty();
        if (hasArchitectures && hasArchMap) {
            problems.error("/architectures", "Both \"architectures\" and \"archMap\" are given; Docker refuses "
                    + "profiles with both. Keep one of them (archMap lets one file serve several host architectures).");
        }
        if (!hasArchitectures && !hasArchMap) {
            problems.warning("/architectures", "The profile names no architectures (neither \"architectures\" nor "
                    + "\"archMap\"), so the filter covers only the host's native architecture and every 32-bit "
                    + "system call is killed. Add an archMap such as SCMP_ARCH_X86_64 with SCMP_ARCH_X86 and "
                    + "SCMP_ARCH_X32, or list the architectures.");
        }
        List<String> architectures = hasArchitectures ? profile.architectures() : List.of();
        for (int i = 0; i < architectures.size(); i++) {
            checkArchitecture(architectures.get(i), "/architectures/" + i, problems);
        }
        List<ArchMapping> archMap = hasArchMap ? profile.archMap() : List.of();
        for (int i = 0; i < archMap.size(); i++) {
            ArchMapping mapping = archMap.get(i);
            String at = "/archMap/" + i;
            if (mapping.architecture() == null || mapping.architecture().isEmpty()) {
                problems.error(at + "/architecture", "This archMap entry has no \"architecture\".");
            } else {
                checkArchitecture(mapping.architecture(), at + "/architecture", problems);
            }
            List<String> subs = mapping.subArchitecturesOrEmpty();
            for (int j = 0; j < subs.size(); j++) {
                checkArchitecture(subs.get(j), at + "/subArchitectures/" + j, problems);
            }
            unknownFields(mapping.unknownFields(), at, problems);
        }
    }

    private static void checkArchitecture(String name, String pointer, Problems problems) {
        if (!SeccompVocabulary.ARCHITECTURES.contains(name)) {
            problems.error(pointer, "Unknown architecture \"" + name + "\""
                    + Words.suggestion(name, SeccompVocabulary.ARCHITECTURES)
                    + "; seccomp architectures are written like SCMP_ARCH_X86_64 or SCMP_ARCH_AARCH64.");
        }
    }

    static void unknownFields(Map<String, JsonNode> fields, String at, Problems problems) {
        for (String field : fields.keySet()) {
            problems.warning(at + "/" + field, "Unknown field \"" + field + "\": Docker ignores it. It is kept "
                    + "when the profile is saved; remove it if it is a typo.");
        }
    }
}
