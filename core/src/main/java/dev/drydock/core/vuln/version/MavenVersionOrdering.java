package dev.drydock.core.vuln.version;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven's version order, exactly as Maven itself resolves versions: this delegates to Maven's own
 * {@link ComparableVersion} (the reference implementation of the POM "version order specification").
 * So {@code 1.0-SNAPSHOT < 1.0}, {@code 2.0-beta9 < 2.0-rc1 < 2.0}, {@code 1.0.0.Final == 1.0.0},
 * {@code 1.0-cr1 == 1.0-rc1}, and qualifiers Maven does not know sort after {@code sp}, alphabetically.
 *
 * <p>Maven gives every text an order, so every non-blank version is valid; surrounding whitespace is
 * not part of a version and is ignored.
 */
public final class MavenVersionOrdering implements VersionOrdering {

    @Override
    public boolean isValid(String version) {
        return version != null && !version.isBlank();
    }

    @Override
    public int compare(String left, String right) {
        return read(left).compareTo(read(right));
    }

    private ComparableVersion read(String version) {
        if (!isValid(version)) {
            throw new IllegalArgumentException("Not a Maven version: " + (version == null ? "none" : "\"" + version + "\"")
                    + ". A Maven version is any non-blank text, such as 2.15.0 or 2.0-beta9.");
        }
        return new ComparableVersion(version.strip());
    }
}
