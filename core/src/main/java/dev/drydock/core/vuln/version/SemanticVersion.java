package dev.drydock.core.vuln.version;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SemVer 2.0.0 version as precedence sees it: major, minor, patch and the pre-release identifiers.
 * Build metadata ({@code +...}) is read and dropped, because SemVer says it does not affect precedence.
 * Numbers may be of any length.
 */
record SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease)
        implements Comparable<SemanticVersion> {

    /** The regular expression semver.org publishes, without its group names. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    SemanticVersion {
        preRelease = List.copyOf(preRelease);
    }

    /** {@link #parse} of {@code text} without surrounding blanks and one leading {@code v}; empty for null. */
    static Optional<SemanticVersion> parseWithOptionalV(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return parse(stripped.startsWith("v") ? stripped.substring(1) : stripped);
    }

    /** The version {@code text} spells, or empty when it is not SemVer 2.0.0 (no leading {@code v} here). */
    static Optional<SemanticVersion> parse(String text) {
        Matcher matcher = SEMVER.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String pre = matcher.group(4);
        return Optional.of(new SemanticVersion(
                new BigInteger(matcher.group(1)),
                new BigInteger(matcher.group(2)),
                new BigInteger(matcher.group(3)),
                pre == null ? List.of() : List.of(pre.split("\\."))));
    }

    /** SemVer 2.0.0 §11: numbers numerically, then a pre-release sorts before its release. */
    @Override
    public int compareTo(SemanticVersion other) {
        int result = major.compareTo(other.major);
        if (result == 0) {
            result = minor.compareTo(other.minor);
        }
        if (result == 0) {
            result = patch.compareTo(other.patch);
        }
        return result != 0 ? result : comparePreRelease(preRelease, other.preRelease);
    }

    private static int comparePreRelease(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(left.isEmpty(), right.isEmpty());
        }
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int result = compareIdentifier(left.get(i), right.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** Numeric identifiers by value, below alphanumeric ones, which compare in ASCII order. */
    private static int compareIdentifier(String left, String right) {
        boolean leftNumeric = isNumeric(left);
        boolean rightNumeric = isNumeric(right);
        if (leftNumeric && rightNumeric) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        if (leftNumeric != rightNumeric) {
            return leftNumeric ? -1 : 1;
        }
        return left.compareTo(right);
    }

    private static boolean isNumeric(String identifier) {
        return identifier.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
