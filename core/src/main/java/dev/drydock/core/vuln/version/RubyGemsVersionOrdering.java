package dev.drydock.core.vuln.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems versions, ordered as {@code Gem::Version#<=>} orders them.
 *
 * <p>A version is digits, then dot-separated groups of letters and digits, then optionally a
 * {@code -pre-release} part; surrounding white space is ignored. A {@code -} means {@code .pre.}
 * ({@code 1.0.0-rc1} is {@code 1.0.0.pre.rc1}). The text is cut into segments at dots and at every
 * letter/digit boundary ({@code 1.0.b12} is 1, 0, "b", 12). Trailing zeros are dropped from the numeric
 * segments before the first letter segment and from the segments after it ({@code 1.0 == 1.0.0},
 * {@code 0.beta.1 == 0.0.beta.1}). Segments then compare pairwise, a missing one counting as 0: numbers
 * as numbers, letters as text (case-sensitive), and a letter segment is always older than a number, so
 * any letter makes a pre-release ({@code 1.0.a < 1.0}, {@code 1.0.0-1 < 1}).
 *
 * <p>RubyGems reads blank text as version 0. Here blank text is not a version: an unknown version
 * must be skipped by matching, not taken for the oldest one.
 */
public final class RubyGemsVersionOrdering implements VersionOrdering {

    private static final Pattern VERSION =
            Pattern.compile("[0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");
    private static final String RUBY_SPACE = " \t\n\u000B\f\r";

    @Override
    public boolean isValid(String version) {
        return isGemVersion(version);
    }

    @Override
    public int compare(String left, String right) {
        List<String> a = canonicalSegments(left);
        List<String> b = canonicalSegments(right);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String sa = i < a.size() ? a.get(i) : "0";
            String sb = i < b.size() ? b.get(i) : "0";
            boolean numberA = isNumber(sa);
            boolean numberB = isNumber(sb);
            if (numberA != numberB) {
                return numberA ? 1 : -1;
            }
            int bySegment = numberA ? DecimalDigits.compare(sa, sb) : Integer.signum(sa.compareTo(sb));
            if (bySegment != 0) {
                return bySegment;
            }
        }
        return 0;
    }

    /** Gem::Version#canonical_segments: trailing zeros dropped before and after the first letter segment. */
    private static List<String> canonicalSegments(String version) {
        if (!isGemVersion(version)) {
            throw new IllegalArgumentException("Not a RubyGems version: "
                    + (version == null ? "null" : "'" + version + "'")
                    + " (expected digits, then dot-separated letters and digits, like 1.2.3 or 2.0.0.rc1)");
        }
        List<String> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(stripped(version).replace("-", ".pre."));
        while (matcher.find()) {
            segments.add(matcher.group());
        }
        int firstLetters = 0;
        while (firstLetters < segments.size() && isNumber(segments.get(firstLetters))) {
            firstLetters++;
        }
        List<String> canonical = withoutTrailingZeros(segments.subList(0, firstLetters));
        canonical.addAll(withoutTrailingZeros(segments.subList(firstLetters, segments.size())));
        return canonical;
    }

    private static List<String> withoutTrailingZeros(List<String> segments) {
        int end = segments.size();
        while (end > 0 && isNumber(segments.get(end - 1)) && DecimalDigits.isZero(segments.get(end - 1))) {
            end--;
        }
        return new ArrayList<>(segments.subList(0, end));
    }

    private static boolean isGemVersion(String version) {
        return version != null && VERSION.matcher(stripped(version)).matches();
    }

    private static boolean isNumber(String segment) {
        return DecimalDigits.isDigit(segment.charAt(0));
    }

    /** Ruby's String#strip with the white space of its version pattern ({@code \s}). */
    private static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && RUBY_SPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && RUBY_SPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
