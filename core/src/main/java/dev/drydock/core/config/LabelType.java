package dev.drydock.core.config;

import java.util.Locale;
import java.util.Optional;

/** The kind of value a required label must hold (Hadolint's {@code label-schema} types); checked by {@link LabelValues}. */
public enum LabelType {
    /** Any non-empty text. */
    TEXT,
    /** An absolute URL. */
    URL,
    /** A semantic version, e.g. {@code 1.4.2}. */
    SEMVER,
    /** An RFC 3339 timestamp, e.g. {@code 2024-05-01T12:00:00Z}. */
    RFC3339,
    /** A git commit hash (short or full). */
    HASH,
    /** An e-mail address. */
    EMAIL,
    /** An SPDX license expression, e.g. {@code Apache-2.0}. */
    SPDX;

    /** The lower-case name used in config files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a type as written in a config file, in any case. */
    public static Optional<LabelType> parse(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        for (LabelType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
