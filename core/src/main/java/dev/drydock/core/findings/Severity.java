package dev.drydock.core.findings;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious a finding is: Hadolint's four levels, most serious first, plus {@link #NONE}, which
 * is only meaningful as a failure threshold ("never fail").
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    STYLE,
    NONE;

    /** The lower-case name used in config files, CLI options and reports ({@code warning}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /**
     * True when a finding of this severity makes a run fail under {@code threshold}: the finding is
     * at least as serious as the threshold. A threshold of {@link #NONE} never fails, and a
     * finding of severity {@link #NONE} never reaches a threshold.
     */
    public boolean reaches(Severity threshold) {
        return this != NONE && threshold != NONE && isAtLeast(threshold);
    }

    /**
     * Reads a severity as users write it: any case, surrounding spaces ignored; Hadolint's
     * {@code ignore} is read as {@link #NONE}.
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String id = text.strip().toLowerCase(Locale.ROOT);
        if (id.equals("ignore")) {
            return Optional.of(NONE);
        }
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
