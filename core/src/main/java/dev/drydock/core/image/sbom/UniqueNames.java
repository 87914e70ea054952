package dev.drydock.core.image.sbom;

import java.util.HashSet;
import java.util.Set;

/** Hands out names that are unique within one document: a name already taken gets {@code -2}, {@code -3}… appended. */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} when it is free, else {@code alternative} (made unique the same way). */
    String claim(String wanted, String alternative) {
        return taken.add(wanted) ? wanted : claim(alternative);
    }

    String claim(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }
}
