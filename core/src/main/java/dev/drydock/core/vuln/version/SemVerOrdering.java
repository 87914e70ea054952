package dev.drydock.core.vuln.version;

import java.util.Optional;

/**
 * SemVer 2.0.0 precedence: the order of npm packages and of OSV's {@code SEMVER} range type.
 * {@code 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0-rc.1 < 1.0.0}; numeric pre-release
 * identifiers compare as numbers and before alphanumeric ones; build metadata is ignored, so
 * {@code 1.0.0+build.5} equals {@code 1.0.0}.
 *
 * <p>Valid versions are strict SemVer 2.0.0 ({@code 1.2} and {@code 01.2.3} are not), with one
 * leading {@code v} tolerated because OSV's Go records and many tags carry it. Surrounding whitespace
 * is ignored. Numbers may be of any size, as SemVer allows (npm's own tool refuses those above
 * 2<sup>53</sup>&minus;1, which no published package uses).
 */
public final class SemVerOrdering implements VersionOrdering {

    @Override
    public boolean isValid(String version) {
        return read(version).isPresent();
    }

    @Override
    public int compare(String left, String right) {
        return require(left).compareTo(require(right));
    }

    private static Optional<SemanticVersion> read(String version) {
        return SemanticVersion.parseWithOptionalV(version);
    }

    private static SemanticVersion require(String version) {
        return read(version).orElseThrow(() -> new IllegalArgumentException(
                "Not a semantic version: " + (version == null ? "none" : "\"" + version + "\"")
                + ". SemVer versions look like MAJOR.MINOR.PATCH with an optional -pre-release, such as 4.17.21 or 1.0.0-beta.2."));
    }
}
