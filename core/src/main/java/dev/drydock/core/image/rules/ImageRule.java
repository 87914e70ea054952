package dev.drydock.core.image.rules;

import dev.drydock.core.findings.RuleMetadata;

/**
 * One image rule: its metadata, and a check over the scanned image that reports through the
 * {@link ImageRuleContext}, or tells it why the check could not run. Every rule has a long explanation
 * in {@code dev/drydock/core/image/rules/<ID>.md}; {@code ImageRuleRegistryTest} checks it.
 */
public interface ImageRule {

    RuleMetadata metadata();

    void check(ImageRuleContext context);

    default String id() {
        return metadata().id();
    }
}
