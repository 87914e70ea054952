package dev.drydock.core.docker;

/**
 * A Docker Engine API version such as {@code 1.41}, comparable, and the rule by which Drydock picks
 * the version it speaks with a daemon.
 */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** Docker Engine 1.12 (2016); older daemons lack fields the analyses rely on. */
    static final ApiVersion OLDEST_SUPPORTED = new ApiVersion(1, 24);

    /** The newest API docker-java 3.7.1 models; newer daemons are spoken to in this version. */
    static final ApiVersion NEWEST_KNOWN = new ApiVersion(1, 44);

    /** Parses {@code 1.41}; throws {@link IllegalArgumentException} on anything else. */
    static ApiVersion parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not an API version: " + text);
        }
        try {
            return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an API version: " + text, e);
        }
    }

    /**
     * The version to use with a daemon that speaks {@code daemonMax} and accepts down to
     * {@code daemonMin} (null when it does not say): the lower of the daemon's and ours, but never
     * below what the daemon accepts (reads are raw JSON, so newer answers are fine).
     */
    static ApiVersion negotiate(ApiVersion daemonMax, ApiVersion daemonMin) {
        ApiVersion chosen = daemonMax.compareTo(NEWEST_KNOWN) < 0 ? daemonMax : NEWEST_KNOWN;
        if (daemonMin != null && chosen.compareTo(daemonMin) < 0 && daemonMin.compareTo(daemonMax) <= 0) {
            chosen = daemonMin;
        }
        return chosen;
    }

    boolean olderThan(ApiVersion other) {
        return compareTo(other) < 0;
    }

    /** The path prefix for versioned requests, e.g. {@code /v1.41}. */
    String pathPrefix() {
        return "/v" + this;
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
