/**
 * Recognising secrets in text, shared by the Dockerfile rules, the image file analyzers and the image
 * rules: credential shapes ({@link dev.drydock.core.secrets.TokenKind}), names that hold secrets
 * ({@link dev.drydock.core.secrets.SecretNames}) and values that are placeholders rather than
 * secrets ({@link dev.drydock.core.secrets.SecretValues}). Callers mask what they report with
 * {@link dev.drydock.core.findings.SecretMask}.
 */
package dev.drydock.core.secrets;
