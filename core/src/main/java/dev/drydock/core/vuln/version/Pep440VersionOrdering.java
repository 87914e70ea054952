package dev.drydock.core.vuln.version;

import java.util.Optional;

/**
 * PEP 440 order, the order pip and PyPI use: epochs first ({@code 1!0.1 > 2.0}), release numbers
 * with trailing zeros ignored ({@code 1.0 == 1.0.0}), then
 * {@code 1.0.dev1 < 1.0a1 < 1.0b1 < 1.0rc1 < 1.0 < 1.0+local < 1.0.post1}.
 *
 * <p>Spellings PEP 440 normalises are equal: {@code 1.0RC1 == 1.0rc1 == 1.0c1},
 * {@code 1.0-post1 == 1.0.post1 == 1.0-1 == 1.0r1}, {@code 1.0alpha == 1.0a0}, {@code v1.0 == 1.0}.
 * Text that is not a PEP 440 version (legacy versions like {@code 1.0-foo}) is invalid, as it is
 * for current pip. Surrounding whitespace is ignored.
 */
public final class Pep440VersionOrdering implements VersionOrdering {

    @Override
    public boolean isValid(String version) {
        return version != null && Pep440Version.parse(version).isPresent();
    }

    @Override
    public int compare(String left, String right) {
        return require(left).compareTo(require(right));
    }

    private static Pep440Version require(String version) {
        return (version == null ? Optional.<Pep440Version>empty() : Pep440Version.parse(version))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a PEP 440 version: " + (version == null ? "none" : "\"" + version + "\"")
                        + ". Python package versions look like 4.2.7, 2.0rc1, 1.0.post1 or 1!2.0."));
    }
}
