package dev.drydock.core.vuln;

import java.util.Locale;
import java.util.Optional;

/**
 * A package ecosystem as OSV names it. Distribution ecosystems carry a release after a colon in OSV
 * records ({@code Debian:12}, {@code Alpine:v3.19}, {@code Ubuntu:22.04:LTS}); {@link #ofOsv} reads the
 * name before it.
 */
public enum Ecosystem {
    DEBIAN("Debian", true),
    UBUNTU("Ubuntu", true),
    ALPINE("Alpine", true),
    RED_HAT("Red Hat", true),
    ALMALINUX("AlmaLinux", true),
    ROCKY_LINUX("Rocky Linux", true),
    MAVEN("Maven", false),
    NPM("npm", false),
    PYPI("PyPI", false),
    GO("Go", false),
    RUBYGEMS("RubyGems", false);

    private final String osvName;
    private final boolean distribution;

    Ecosystem(String osvName, boolean distribution) {
        this.osvName = osvName;
        this.distribution = distribution;
    }

    /** The name OSV uses, also the folder of its per-ecosystem export ({@code Debian/all.zip}). */
    public String osvName() {
        return osvName;
    }

    /** Distribution ecosystems match by source package and release; language ecosystems by name. */
    public boolean isDistribution() {
        return distribution;
    }

    /** The ecosystem of an OSV {@code affected[].package.ecosystem} value; empty for ecosystems Drydock does not read. */
    public static Optional<Ecosystem> ofOsv(String ecosystem) {
        if (ecosystem == null) {
            return Optional.empty();
        }
        int colon = ecosystem.indexOf(':');
        String base = (colon < 0 ? ecosystem : ecosystem.substring(0, colon)).trim();
        for (Ecosystem candidate : values()) {
            if (candidate.osvName.equalsIgnoreCase(base)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The release part of an OSV ecosystem value ({@code 12} of {@code Debian:12}); empty when there is none. */
    public static String releaseOf(String ecosystem) {
        int colon = ecosystem == null ? -1 : ecosystem.indexOf(':');
        return colon < 0 ? "" : ecosystem.substring(colon + 1).trim();
    }

    /** Lower-case id for options and files ({@code rocky-linux}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
