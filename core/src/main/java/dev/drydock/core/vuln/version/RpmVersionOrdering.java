package dev.drydock.core.vuln.version;

/**
 * Red Hat family package versions (Red Hat, AlmaLinux, Rocky), {@code [epoch:]version[-release]}, ordered
 * as rpm orders installed packages: epoch first (missing means 0), then version, then release, each of
 * the last two with rpm's {@code rpmvercmp}.
 *
 * <p>{@code rpmvercmp} reads alternating letter and digit segments, skipping every other character as a
 * separator (so {@code 2.0 == 2_0} and {@code 10.0001 == 10.1}). Digit segments compare as numbers
 * (leading zeros dropped); letter segments as ASCII text; a digit segment is newer than a letter
 * segment. {@code ~} sorts before everything, even the end ({@code 1.0~rc1 < 1.0}); {@code ^} sorts
 * after the end but before anything else ({@code 1.0 < 1.0^git1 < 1.0.1}). When all segments agree,
 * the version with text left over is newer ({@code 1.0 < 1.0a}).
 *
 * <p>A missing release is older than any release ({@code 1.0 < 1.0-1}), as rpm's {@code rpmverCmp}
 * and OSV's own comparison have it (rpm 4.18's {@code rpm.vercmp} agrees). Only rpm's dependency matching
 * ignores the release when one side has none ({@code Requires: foo >= 1.0} is met by {@code foo-1.0-5}),
 * and that is a rule for ranges, not an order: it would make {@code 1.0} equal to both {@code 1.0-1}
 * and {@code 1.0-2}.
 *
 * <p>Valid versions hold what rpmbuild accepts in Version and Release: ASCII letters, digits and
 * {@code ._+~^}; the epoch is digits before the first {@code :}; the release follows the last
 * {@code -}; neither version nor release may be empty. Unexpanded macros ({@code %{...}}) are refused.
 */
public final class RpmVersionOrdering implements VersionOrdering {

    private static final String SEPARATORS = "._+";

    private record Evr(String epoch, String version, String release) {
    }

    @Override
    public boolean isValid(String version) {
        try {
            parse(version);
            return true;
        } catch (IllegalArgumentException notAVersion) {
            return false;
        }
    }

    @Override
    public int compare(String left, String right) {
        Evr a = parse(left);
        Evr b = parse(right);
        int byEpoch = DecimalDigits.compare(a.epoch(), b.epoch());
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byVersion = rpmvercmp(a.version(), b.version());
        return byVersion != 0 ? byVersion : rpmvercmp(a.release(), b.release());
    }

    private static Evr parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        String epoch = "0";
        String rest = text;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            epoch = text.substring(0, colon);
            rest = text.substring(colon + 1);
            if (epoch.isEmpty() || !epoch.chars().allMatch(c -> DecimalDigits.isDigit((char) c))) {
                throw invalid(text, "the epoch before ':' is not a number");
            }
        }
        String version = rest;
        String release = "";
        int hyphen = rest.lastIndexOf('-');
        if (hyphen >= 0) {
            version = rest.substring(0, hyphen);
            release = rest.substring(hyphen + 1);
            if (release.isEmpty()) {
                throw invalid(text, "the release after the last '-' is empty");
            }
        }
        if (version.isEmpty()) {
            throw invalid(text, "the version is empty");
        }
        requireCharacters(text, version, "version");
        requireCharacters(text, release, "release");
        return new Evr(epoch, version, release);
    }

    private static void requireCharacters(String text, String part, String partName) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!DecimalDigits.isDigit(c) && !DecimalDigits.isLetter(c) && (SEPARATORS + "~^").indexOf(c) < 0) {
                throw invalid(text, "the " + partName + " contains '" + c + "'");
            }
        }
    }

    /** rpm's rpmvercmp, segment by segment; see the class comment. */
    private static int rpmvercmp(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            i = skipSeparators(a, i);
            j = skipSeparators(b, j);
            char ca = charAt(a, i);
            char cb = charAt(b, j);
            if (ca == '~' || cb == '~') {
                if (ca != '~') {
                    return 1;
                }
                if (cb != '~') {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            if (ca == '^' || cb == '^') {
                if (ca == 0) {
                    return -1;
                }
                if (cb == 0) {
                    return 1;
                }
                if (ca != '^') {
                    return 1;
                }
                if (cb != '^') {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            if (ca == 0 || cb == 0) {
                break;
            }
            boolean numeric = DecimalDigits.isDigit(ca);
            int aEnd = segmentEnd(a, i, numeric);
            int bEnd = segmentEnd(b, j, numeric);
            if (bEnd == j) {
                return numeric ? 1 : -1;
            }
            String segmentA = a.substring(i, aEnd);
            String segmentB = b.substring(j, bEnd);
            int bySegment = numeric
                    ? DecimalDigits.compare(segmentA, segmentB)
                    : Integer.signum(segmentA.compareTo(segmentB));
            if (bySegment != 0) {
                return bySegment;
            }
            i = aEnd;
            j = bEnd;
        }
        if (i >= a.length() && j >= b.length()) {
            return 0;
        }
        return i >= a.length() ? -1 : 1;
    }

    private static int skipSeparators(String text, int from) {
        int at = from;
        while (at < text.length() && SEPARATORS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static int segmentEnd(String text, int from, boolean numeric) {
        int at = from;
        while (at < text.length()
                && (numeric ? DecimalDigits.isDigit(text.charAt(at)) : DecimalDigits.isLetter(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    private static char charAt(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("Not an rpm package version: "
                + (text == null ? "null" : "'" + text + "'") + " (" + reason + ")");
    }
}
