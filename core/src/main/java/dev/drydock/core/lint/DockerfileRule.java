package dev.drydock.core.lint;

import dev.drydock.core.findings.RuleMetadata;

/**
 * One Dockerfile rule: its metadata, and a check that pattern-matches the parsed Dockerfile and
 * reports through the {@link RuleContext}. Rules never re-read the text, never look at
 * suppressions (they are applied afterwards), and carry their fixes as data.
 *
 * <p>Every rule has a long explanation in {@code dev/drydock/core/lint/rules/<ID>.md} and
 * fixtures in the test resources; {@code RuleRegistryTest} checks both.
 */
public interface DockerfileRule {

    RuleMetadata metadata();

    void check(RuleContext context);

    default String id() {
        return metadata().id();
    }
}
