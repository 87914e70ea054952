package dev.drydock.core.seccomp.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Docker's condition on a rule ({@code includes} or {@code excludes}): the container's capabilities,
 * the host architecture (Go names: {@code amd64}, {@code arm64} …) and the kernel version.
 *
 * @param caps      capabilities ({@code CAP_SYS_ADMIN} …), or null
 * @param arches    architectures in Go's naming, or null
 * @param minKernel the lowest kernel version as {@code major.minor}, or null
 */
public record RuleFilter(List<String> caps, List<String> arches, String minKernel, Map<String, JsonNode> unknownFields) {

    public RuleFilter {
        caps = Nulls.copy(caps);
        arches = Nulls.copy(arches);
        unknownFields = Nulls.copy(unknownFields);
    }

    /** True when the filter says nothing (Docker 20.10 writes such filters as {@code {}}). */
    public boolean isEmpty() {
        return (caps == null || caps.isEmpty()) && (arches == null || arches.isEmpty()) && minKernel == null
                && unknownFields.isEmpty();
    }
}
