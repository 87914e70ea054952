package dev.drydock.core.vuln.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version, read with the spellings PEP 440 normalises: case, {@code alpha/beta/c/pre/preview},
 * {@code rev/r}, separators {@code . - _} before pre, post and dev parts, the implicit post release
 * {@code 1.0-1}, omitted numbers ({@code 1.0a} is {@code 1.0a0}), a leading {@code v}, and
 * {@code -}/{@code _} in local versions.
 *
 * @param epoch   the part before {@code !}, 0 when absent
 * @param release the release numbers as written ({@code 1.0.0} keeps its zeros; comparison ignores trailing ones)
 * @param pre     the pre-release, or null
 * @param post    the post-release number, or null
 * @param dev     the development release number, or null
 * @param local   the local version's segments (numbers as {@link BigInteger}, words lower-cased), empty when absent
 */
record Pep440Version(BigInteger epoch, List<BigInteger> release, PreRelease pre, BigInteger post, BigInteger dev,
        List<Object> local) implements Comparable<Pep440Version> {

    /** A pre-release: {@code a}, {@code b} or {@code rc} (which sort in that order as text) and its number. */
    record PreRelease(String phase, BigInteger number) {
    }

    /** The pattern of PEP 440's appendix ("parsing version strings with regular expressions"). */
    private static final Pattern PEP_440 = Pattern.compile(
            "v?"
            + "(?:(?<epoch>[0-9]+)!)?"
            + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
            + "(?:[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?"
            + "(?:-(?<postN1>[0-9]+)|[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?)?"
            + "(?:[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
            + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    private static final Comparator<BigInteger> ABSENT_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<BigInteger> ABSENT_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    Pep440Version {
        release = List.copyOf(release);
        local = List.copyOf(local);
    }

    /** The version {@code text} spells, or empty when it is not a PEP 440 version. */
    static Optional<Pep440Version> parse(String text) {
        Matcher m = PEP_440.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<BigInteger> release = new ArrayList<>();
        for (String number : m.group("release").split("\\.")) {
            release.add(new BigInteger(number));
        }
        PreRelease pre = m.group("preL") == null ? null
                : new PreRelease(phaseOf(m.group("preL")), numberOrZero(m.group("preN")));
        BigInteger post = m.group("postN1") != null ? new BigInteger(m.group("postN1"))
                : m.group("postL") != null ? numberOrZero(m.group("postN2")) : null;
        BigInteger dev = m.group("devL") == null ? null : numberOrZero(m.group("devN"));
        BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
        return Optional.of(new Pep440Version(epoch, release, pre, post, dev, localSegments(m.group("local"))));
    }

    /**
     * PEP 440's order: epoch, release (trailing zeros ignored), then {@code .devN} of a final release
     * before its pre-releases, pre-releases ({@code a < b < rc}) before the final release, post-releases
     * after it, a {@code .devN} just before the release it develops, and a local version after the
     * same public version.
     */
    @Override
    public int compareTo(Pep440Version other) {
        int result = epoch.compareTo(other.epoch);
        if (result == 0) {
            result = compareRelease(release, other.release);
        }
        if (result == 0) {
            result = Integer.compare(preRank(), other.preRank());
        }
        if (result == 0 && pre != null) {
            result = pre.phase().compareTo(other.pre.phase());
            result = result != 0 ? result : pre.number().compareTo(other.pre.number());
        }
        if (result == 0) {
            result = ABSENT_FIRST.compare(post, other.post);
        }
        if (result == 0) {
            result = ABSENT_LAST.compare(dev, other.dev);
        }
        return result != 0 ? result : compareLocal(local, other.local);
    }

    /** 0: a bare development release of the final ({@code 1.0.dev1}); 1: a pre-release; 2: none. */
    private int preRank() {
        if (pre != null) {
            return 1;
        }
        return post == null && dev != null ? 0 : 2;
    }

    private static int compareRelease(List<BigInteger> left, List<BigInteger> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            BigInteger l = i < left.size() ? left.get(i) : BigInteger.ZERO;
            BigInteger r = i < right.size() ? right.get(i) : BigInteger.ZERO;
            int result = l.compareTo(r);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /** Segment by segment; numbers above words; a longer local version after its own prefix. */
    private static int compareLocal(List<Object> left, List<Object> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            Object l = left.get(i);
            Object r = right.get(i);
            int result;
            if (l instanceof BigInteger ln && r instanceof BigInteger rn) {
                result = ln.compareTo(rn);
            } else if (l instanceof String ls && r instanceof String rs) {
                result = ls.compareTo(rs);
            } else {
                result = l instanceof BigInteger ? 1 : -1;
            }
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static String phaseOf(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> "a";
            case "b", "beta" -> "b";
            default -> "rc";
        };
    }

    private static BigInteger numberOrZero(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    private static List<Object> localSegments(String local) {
        List<Object> segments = new ArrayList<>();
        if (local != null) {
            for (String segment : local.toLowerCase(Locale.ROOT).split("[-_.]")) {
                boolean numeric = segment.chars().allMatch(c -> c >= '0' && c <= '9');
                segments.add(numeric ? new BigInteger(segment) : segment);
            }
        }
        return segments;
    }
}
