package dev.drydock.core.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells real secret values from the placeholders that configuration templates and examples are full
 * of ({@code changeme}, {@code ${DB_PASSWORD}}, {@code <password>}), and measures how random a value
 * looks, so that generic {@code password=…} assignments are reported only when they look like a
 * real credential.
 */
public final class SecretValues {

    /** Bits of Shannon entropy per character below which a value reads as words, not as a generated secret. */
    public static final double RANDOM_ENOUGH = 3.0;
    /** Shorter values are not reported by generic assignment checks. */
    public static final int MIN_LENGTH = 8;

    /** Longer values are generated, not typed: a placeholder word inside one is chance. */
    private static final int PLACEHOLDER_MAX_LENGTH = 24;
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\$.*|.*\\$\\{.*|.*\\{\\{.*|.*%\\(.*\\).*|^<.*>$|^\\[.*]$|^%.*%$|^@.*@$|^\\*+$|^x+$|^\\.+$|^(.)\\1*$");
    private static final List<String> PLACEHOLDER_WORDS = List.of(
            "changeme", "change_me", "change-me", "changeit", "example", "placeholder", "dummy", "sample",
            "redacted", "your_", "your-", "yourpass", "mypassword", "password", "passwd", "secret", "xxxx",
            "todo", "fixme", "replace", "insert", "undefined", "null", "none", "true", "false", "test");

    private SecretValues() {
    }

    /**
     * True for values that stand in for a secret: references to variables or templates
     * ({@code $X}, {@code ${X}}, {@code {{ x }}}, {@code %(x)s}, {@code <password>}), masks
     * ({@code ****}, {@code xxxx}) and short values containing a placeholder word ({@code changeme},
     * {@code your_password}).
     */
    public static boolean isPlaceholder(String value) {
        String stripped = value.strip();
        if (stripped.isEmpty() || REFERENCE.matcher(stripped).matches()) {
            return true;
        }
        if (stripped.length() > PLACEHOLDER_MAX_LENGTH) {
            return false;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        return PLACEHOLDER_WORDS.stream().anyMatch(lower::contains);
    }

    /** Shannon entropy of the value's characters, in bits per character. */
    public static double entropy(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double bits = 0;
        int length = value.codePointCount(0, value.length());
        for (int count : counts.values()) {
            double p = (double) count / length;
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }

    /**
     * True when a value found under a secret-looking name looks like a real credential: not a
     * placeholder, at least {@value #MIN_LENGTH} characters, mixing at least two character classes
     * (lower, upper, digits, symbols) and with at least {@value #RANDOM_ENOUGH} bits of entropy per character.
     */
    public static boolean looksLikeCredential(String value) {
        String stripped = value.strip();
        if (stripped.length() < MIN_LENGTH || isPlaceholder(stripped)) {
            return false;
        }
        int classes = 0;
        classes += stripped.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += stripped.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += stripped.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += stripped.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes >= 2 && entropy(stripped) >= RANDOM_ENOUGH;
    }
}
