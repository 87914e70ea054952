package dev.drydock.core.vuln.ignore;

import java.util.Locale;
import java.util.Optional;

/** The impact status of an OpenVEX statement. */
public enum VexStatus {
    NOT_AFFECTED,
    AFFECTED,
    FIXED,
    UNDER_INVESTIGATION;

    /** {@code not_affected} → {@link #NOT_AFFECTED}; empty for other text. */
    public static Optional<VexStatus> parse(String label) {
        for (VexStatus status : values()) {
            if (status.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The label as OpenVEX writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a statement with this status suppresses a match: only {@code not_affected} and {@code fixed} do. */
    public boolean suppresses() {
        return this == NOT_AFFECTED || this == FIXED;
    }
}
