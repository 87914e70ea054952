/**
 * Image rules: judge a {@link dev.drydock.core.image.scan.ScannedImage} (its configuration, history,
 * merged filesystem and the facts the analyzers found) the way the Dockerfile rules judge a
 * Dockerfile: one class per rule ({@link dev.drydock.core.image.rules.ImageRule}), ids {@code DI1xxx},
 * an explicit {@link dev.drydock.core.image.rules.ImageRuleRegistry}, documentation in
 * {@code rules/<ID>.md}. A check that cannot run says so ({@link dev.drydock.core.image.rules.SkippedCheck})
 * instead of passing silently. {@link dev.drydock.core.image.rules.ImageAudit} runs them.
 */
package dev.drydock.core.image.rules;
