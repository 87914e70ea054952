package dev.drydock.core.vuln.version;

import java.util.Comparator;

/**
 * The order of versions in one ecosystem, as that ecosystem's own tools order them. {@link #compare}
 * never throws for text it calls valid; versions it cannot read make {@link #isValid} false, and
 * matching skips them with a note instead of guessing.
 */
public interface VersionOrdering extends Comparator<String> {

    /** Whether {@code version} is a version this ecosystem can order. */
    boolean isValid(String version);

    /**
     * Negative, zero or positive as {@code left} is older than, the same as, or newer than {@code right}.
     *
     * @throws IllegalArgumentException when either is not {@linkplain #isValid valid}
     */
    @Override
    int compare(String left, String right);
}
