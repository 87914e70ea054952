package dev.drydock.core.vuln.version;

import java.util.Optional;

/**
 * The order of Go module versions, as the go command's {@code semver.Compare} orders them.
 *
 * <ul>
 *   <li>Module versions are SemVer 2.0.0 with a {@code v} prefix ({@code v0.17.0}). OSV's Go records
 *       drop the prefix ({@code 0.17.0}), so both spellings are accepted and {@code v0.17.0} equals
 *       {@code 0.17.0}.</li>
 *   <li>Build metadata such as {@code +incompatible} (a v2+ module without a go.mod) does not affect
 *       the order: {@code v20.10.24+incompatible} equals {@code v20.10.24}.</li>
 *   <li>Pseudo-versions are ordinary pre-releases, and the go command builds them so that plain
 *       SemVer order places them right: {@code v0.0.0-20210101000000-abcdef123456} is below
 *       {@code v0.0.1}, and {@code v1.2.4-0.20210101000000-abcdef123456} sits between {@code v1.2.3}
 *       and {@code v1.2.4}.</li>
 *   <li>Only full versions are valid: the shorthands {@code v1} and {@code v1.2} never appear as
 *       module versions. Surrounding whitespace is ignored.</li>
 * </ul>
 */
public final class GoVersionOrdering implements VersionOrdering {

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
                "Not a Go module version: " + (version == null ? "none" : "\"" + version + "\"")
                + ". Go module versions look like v1.2.3, v1.2.3-pre or a pseudo-version such as"
                + " v0.0.0-20210101000000-abcdef123456."));
    }
}
