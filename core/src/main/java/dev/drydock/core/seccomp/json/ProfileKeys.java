package dev.drydock.core.seccomp.json;

import java.util.List;

/**
 * The JSON keys of each part of a profile, in the order Docker writes them (Go's encoding/json
 * follows struct field order: the OCI {@code LinuxSeccomp} fields first, then moby's additions).
 */
final class ProfileKeys {
    static final List<String> PROFILE = List.of("defaultAction", "defaultErrnoRet", "architectures", "flags",
            "listenerPath", "listenerMetadata", "archMap", "syscalls");
    static final List<String> ARCH_MAPPING = List.of("architecture", "subArchitectures");
    static final List<String> RULE = List.of("names", "action", "errnoRet", "args", "name", "comment", "includes",
            "excludes");
    static final List<String> ARG = List.of("index", "value", "valueTwo", "op");
    static final List<String> FILTER = List.of("caps", "arches", "minKernel");

    private ProfileKeys() {
    }
}
