package dev.drydock.core.vuln.version;

/**
 * Compares runs of ASCII digits as unbounded non-negative numbers, the way rpm, apk and RubyGems read them:
 * leading zeros do not count, a longer number is the larger one. No run is ever too long to compare.
 */
final class DecimalDigits {

    private DecimalDigits() {
    }

    /** Whether {@code c} is an ASCII digit (never a non-ASCII one, unlike {@link Character#isDigit}). */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} is an ASCII letter. */
    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Compares two digit runs numerically; either may be empty, which counts as zero. */
    static int compare(CharSequence left, CharSequence right) {
        int leftStart = firstNonZero(left);
        int rightStart = firstNonZero(right);
        int lengths = Integer.compare(left.length() - leftStart, right.length() - rightStart);
        if (lengths != 0) {
            return lengths;
        }
        for (int i = leftStart, j = rightStart; i < left.length(); i++, j++) {
            if (left.charAt(i) != right.charAt(j)) {
                return left.charAt(i) < right.charAt(j) ? -1 : 1;
            }
        }
        return 0;
    }

    /** Whether the digit run is zero (empty, or only zeros). */
    static boolean isZero(CharSequence digits) {
        return firstNonZero(digits) == digits.length();
    }

    private static int firstNonZero(CharSequence digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
