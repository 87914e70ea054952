package dev.drydock.core.audit.daemon;

import java.util.List;
import java.util.Optional;

/**
 * A known container-escape or privilege-escalation CVE of the container runtime or the kernel.
 *
 * @param id          e.g. {@code CVE-2024-21626}
 * @param name        a common name such as "Leaky Vessels", empty when none
 * @param summary     one line on what an attacker can do
 * @param fixedIn     the fixed releases in words, e.g. "runc 1.1.12 (Docker Engine 25.0.2, 24.0.9)"
 * @param affected    affected version ranges
 * @param source      where the facts come from
 */
public record EscapeCve(String id, String name, String summary, String fixedIn, List<AffectedRange> affected,
                        String source) {

    public EscapeCve {
        affected = List.copyOf(affected);
    }

    /** The range {@code version} of {@code component} falls in, if any. */
    public Optional<AffectedRange> affecting(RuntimeComponent component, ComponentVersion version) {
        return affected.stream().filter(range -> range.contains(component, version)).findFirst();
    }

    public boolean concerns(RuntimeComponent component) {
        return affected.stream().anyMatch(range -> range.component() == component);
    }
}
