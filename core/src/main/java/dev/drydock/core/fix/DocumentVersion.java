package dev.drydock.core.fix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies the exact text a fix was computed for: the SHA-256 of its UTF-8 bytes. A fix is only
 * applied to a document with the same version, so a fix never lands on text that changed since.
 */
public record DocumentVersion(String sha256) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DocumentVersion {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }

    public static DocumentVersion of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new DocumentVersion(HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** True when this is the version of {@code text}. */
    public boolean matches(String text) {
        return equals(of(text));
    }

    /** The first 12 hex digits, enough to tell versions apart in messages. */
    public String shortForm() {
        return sha256.substring(0, 12);
    }
}
