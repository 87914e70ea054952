package dev.drydock.core.vuln.osv;

import java.util.Objects;

/** One range event. {@code introduced} of {@code "0"} means "since the first version". */
public record OsvEvent(Kind kind, String version) {

    public enum Kind {
        INTRODUCED,
        FIXED,
        LAST_AFFECTED,
        LIMIT
    }

    public OsvEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
    }
}
