package dev.drydock.core.image.scan;

/**
 * A credential found in a file. The evidence is already masked ({@link dev.drydock.core.findings.SecretMask});
 * the clear value is never stored, cached or exported.
 *
 * @param kind      {@code aws-access-key}, {@code private-key}, {@code github-token}, {@code npmrc-token}…
 * @param line      1-based line in the file, 0 when not line-based
 */
public record SecretFact(String kind, String path, int line, String maskedEvidence) {
}
