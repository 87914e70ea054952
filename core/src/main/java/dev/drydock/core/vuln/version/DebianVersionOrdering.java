package dev.drydock.core.vuln.version;

/**
 * Debian and Ubuntu package versions, ordered exactly as dpkg orders them: {@code [epoch:]upstream[-revision]}.
 *
 * <p>The epoch is a number (missing means 0) and wins outright. Upstream and revision are then compared
 * with dpkg's {@code verrevcmp}: alternating non-digit and digit runs; in non-digit runs {@code ~} sorts
 * before everything, even the end of the text, then the end, then letters, then other characters (ASCII
 * order within each class); digit runs compare as numbers. A missing revision compares like an empty
 * one, which equals {@code 0}, so {@code 1.0 == 1.0-0}.
 *
 * <p>Validity follows dpkg's {@code parseversion}: surrounding white space is ignored; the epoch must be
 * digits and fit an {@code int}; the upstream part must not be empty and may hold letters, digits and
 * {@code .+~-:}; the revision (after the last hyphen) must not be empty and may hold letters, digits and
 * {@code .+~}; and the upstream part must start with a digit. dpkg itself only warns about other characters
 * and a non-digit start, and orders such text anyway, but Debian's packaging tools (Dpkg::Version) refuse it, so no
 * archive package carries such a version: text like {@code unknown}, {@code latest} or {@code 1.0_1}
 * is therefore not valid here, and matching skips it instead of guessing its place.
 */
public final class DebianVersionOrdering implements VersionOrdering {

    private record DebianVersion(int epoch, String upstream, String revision) {
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
        DebianVersion a = parse(left);
        DebianVersion b = parse(right);
        int byEpoch = Integer.compare(a.epoch(), b.epoch());
        if (byEpoch != 0) {
            return byEpoch;
        }
        int byUpstream = verrevcmp(a.upstream(), b.upstream());
        return byUpstream != 0 ? byUpstream : verrevcmp(a.revision(), b.revision());
    }

    private static DebianVersion parse(String text) {
        if (text == null) {
            throw invalid(null, "there is no version");
        }
        String version = trimmed(text);
        if (version.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        int epoch = 0;
        int colon = version.indexOf(':');
        if (colon >= 0) {
            epoch = epoch(text, version.substring(0, colon));
            version = version.substring(colon + 1);
            if (version.isEmpty()) {
                throw invalid(text, "nothing follows the epoch");
            }
        }
        String upstream = version;
        String revision = "";
        int hyphen = version.lastIndexOf('-');
        if (hyphen >= 0) {
            upstream = version.substring(0, hyphen);
            revision = version.substring(hyphen + 1);
            if (revision.isEmpty()) {
                throw invalid(text, "the revision after the last '-' is empty");
            }
        }
        if (upstream.isEmpty()) {
            throw invalid(text, "the upstream version is empty");
        }
        if (!DecimalDigits.isDigit(upstream.charAt(0))) {
            throw invalid(text, "the upstream version does not start with a digit");
        }
        requireCharacters(text, upstream, ".+~-:", "upstream version");
        requireCharacters(text, revision, ".+~", "revision");
        return new DebianVersion(epoch, upstream, revision);
    }

    /** dpkg skips leading blanks, stops at the first white space and refuses anything but white space after it. */
    private static String trimmed(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int end = start;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        for (int i = end; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                throw invalid(text, "it has embedded spaces");
            }
        }
        return text.substring(start, end);
    }

    private static int epoch(String text, String digits) {
        if (digits.isEmpty()) {
            throw invalid(text, "the epoch before ':' is empty");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!DecimalDigits.isDigit(digits.charAt(i))) {
                throw invalid(text, "the epoch is not a number");
            }
        }
        if (DecimalDigits.compare(digits, String.valueOf(Integer.MAX_VALUE)) > 0) {
            throw invalid(text, "the epoch is too big");
        }
        return Integer.parseInt(digits);
    }

    private static void requireCharacters(String text, String part, String punctuation, String partName) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!DecimalDigits.isDigit(c) && !DecimalDigits.isLetter(c) && punctuation.indexOf(c) < 0) {
                throw invalid(text, "the " + partName + " contains '" + c + "'");
            }
        }
    }

    /** dpkg's verrevcmp: non-digit runs by {@link #weight}, digit runs as numbers, until both texts end. */
    private static int verrevcmp(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !DecimalDigits.isDigit(a.charAt(i)))
                    || (j < b.length() && !DecimalDigits.isDigit(b.charAt(j)))) {
                int byCharacter = Integer.compare(weight(charAt(a, i)), weight(charAt(b, j)));
                if (byCharacter != 0) {
                    return byCharacter;
                }
                i++;
                j++;
            }
            int aStart = i;
            int bStart = j;
            while (i < a.length() && DecimalDigits.isDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && DecimalDigits.isDigit(b.charAt(j))) {
                j++;
            }
            int byNumber = DecimalDigits.compare(a.substring(aStart, i), b.substring(bStart, j));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return 0;
    }

    private static char charAt(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    /** dpkg's order(): '~' before the end (0) and digits, then letters, then every other character. */
    private static int weight(char c) {
        if (c == 0 || DecimalDigits.isDigit(c)) {
            return 0;
        }
        if (DecimalDigits.isLetter(c)) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("Not a Debian package version: "
                + (text == null ? "null" : "'" + text + "'") + " (" + reason + ")");
    }
}
