package dev.drydock.core.seccomp.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seccomp profile in Docker's JSON format (moby's {@code profiles/seccomp} types, which embed the
 * OCI runtime-spec {@code LinuxSeccomp}).
 *
 * @param defaultAction    the action for every system call no rule names ({@code SCMP_ACT_ERRNO} …)
 * @param defaultErrnoRet  the errno returned by the default action when it is an errno action, or null
 * @param architectures    the seccomp architectures ({@code SCMP_ARCH_X86_64} …), or null
 * @param flags            seccomp filter flags ({@code SECCOMP_FILTER_FLAG_LOG} …), or null
 * @param listenerPath     the socket of a user-space agent for {@code SCMP_ACT_NOTIFY}, or null
 * @param listenerMetadata opaque text passed to that agent, or null
 * @param archMap          per-host-architecture lists (Docker picks the entry of the daemon's arch), or null
 * @param syscalls         the rules, in file order, or null
 * @param unknownFields    top-level fields this model does not know, in file order
 */
public record SeccompProfile(
        String defaultAction,
        Long defaultErrnoRet,
        List<String> architectures,
        List<String> flags,
        String listenerPath,
        String listenerMetadata,
        List<ArchMapping> archMap,
        List<SyscallRule> syscalls,
        Map<String, JsonNode> unknownFields) {

    public SeccompProfile {
        architectures = Nulls.copy(architectures);
        flags = Nulls.copy(flags);
        archMap = Nulls.copy(archMap);
        syscalls = Nulls.copy(syscalls);
        unknownFields = Nulls.copy(unknownFields);
    }

    /** A profile with only a default action, architectures from an arch map and rules. */
    public static SeccompProfile of(String defaultAction, Long defaultErrnoRet, List<ArchMapping> archMap,
            List<SyscallRule> syscalls) {
        return new SeccompProfile(defaultAction, defaultErrnoRet, null, null, null, null, archMap, syscalls,
                Map.of());
    }

    /** The rules, or an empty list when the profile has none. */
    public List<SyscallRule> rules() {
        return syscalls == null ? List.of() : syscalls;
    }

    /**
     * Every seccomp architecture the profile can apply to: {@code architectures} plus, for each
     * {@code archMap} entry, its architecture and sub-architectures. In file order, no duplicates.
     */
    public Set<String> allArchitectures() {
        Set<String> all = new LinkedHashSet<>();
        if (architectures != null) {
            all.addAll(architectures);
        }
        if (archMap != null) {
            for (ArchMapping mapping : archMap) {
                if (mapping.architecture() != null) {
                    all.add(mapping.architecture());
                }
                all.addAll(mapping.subArchitecturesOrEmpty());
            }
        }
        return all;
    }

    /** This profile with other rules (everything else kept). */
    public SeccompProfile withSyscalls(List<SyscallRule> rules) {
        return new SeccompProfile(defaultAction, defaultErrnoRet, architectures, flags, listenerPath,
                listenerMetadata, archMap, new ArrayList<>(rules), unknownFields);
    }

    /** This profile with another default action and default errno (everything else kept). */
    public SeccompProfile withDefaultAction(String action, Long errnoRet) {
        return new SeccompProfile(action, errnoRet, architectures, flags, listenerPath, listenerMetadata, archMap,
                syscalls, unknownFields);
    }
}
