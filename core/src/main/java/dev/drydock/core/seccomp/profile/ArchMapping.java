package dev.drydock.core.seccomp.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One {@code archMap} entry: on a host of {@code architecture}, the filter also covers the
 * {@code subArchitectures} (32-bit ABIs the host can run, such as {@code SCMP_ARCH_X86} on x86_64).
 *
 * @param subArchitectures the sub-architectures; {@code null} is kept because Docker writes
 *                         {@code "subArchitectures": null} for architectures that have none
 */
public record ArchMapping(String architecture, List<String> subArchitectures, Map<String, JsonNode> unknownFields) {

    public ArchMapping {
        subArchitectures = Nulls.copy(subArchitectures);
        unknownFields = Nulls.copy(unknownFields);
    }

    public static ArchMapping of(String architecture, String... subArchitectures) {
        return new ArchMapping(architecture, subArchitectures.length == 0 ? null : List.of(subArchitectures), Map.of());
    }

    public List<String> subArchitecturesOrEmpty() {
        return subArchitectures == null ? List.of() : subArchitectures;
    }
}
