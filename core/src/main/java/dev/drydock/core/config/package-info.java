/**
 * Lint configuration from {@code .drydock.yaml} and Hadolint's {@code .hadolint.yaml}: discovery,
 * reading with user-facing error messages, and merging into one {@link dev.drydock.core.config.LintConfig}.
 */
package dev.drydock.core.config;
