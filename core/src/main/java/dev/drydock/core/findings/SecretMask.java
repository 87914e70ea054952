package dev.drydock.core.findings;

/**
 * Masks secret values before they go into a finding's message or evidence: enough stays visible to
 * recognise which key it is, never enough to use it.
 */
public final class SecretMask {

    private static final int MIN_LENGTH_TO_SHOW_PREFIX = 12;
    private static final int SHOWN_PREFIX = 4;

    private SecretMask() {
    }

    /**
     * {@code AKIAIOSFODNN7EXAMPLE} becomes {@code AKIA****************}; values shorter than 12
     * characters are masked completely. The masked text keeps the length of the original.
     */
    public static String mask(String secret) {
        int shown = secret.length() >= MIN_LENGTH_TO_SHOW_PREFIX ? SHOWN_PREFIX : 0;
        return secret.substring(0, shown) + "*".repeat(secret.length() - shown);
    }
}
