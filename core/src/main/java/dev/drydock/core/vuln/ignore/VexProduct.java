package dev.drydock.core.vuln.ignore;

import java.util.List;
import java.util.Set;

/**
 * A product of an OpenVEX statement: its identifiers ({@code @id} and {@code identifiers.purl}, usually
 * Package URLs) and those of its {@code subcomponents}.
 */
public record VexProduct(Set<String> identifiers, List<Set<String>> subcomponents) {

    public VexProduct {
        identifiers = Set.copyOf(identifiers);
        subcomponents = subcomponents.stream().map(Set::copyOf).toList();
    }
}
