package dev.drydock.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fixtures of one rule, beside its tests under {@code dev/drydock/core/lint/rules/<ID>/}:
 * {@code bad.Dockerfile} with {@code bad.expected} (one {@code line:column-line:column} range per
 * expected finding, in reading order), {@code good.Dockerfile}, and for fixable rules
 * {@code fixed.Dockerfile}, the bad file after all of the rule's fixes.
 */
record RuleFixtures(String ruleId, String bad, List<String> expectedRanges, String good, Optional<String> fixed) {

    static Optional<RuleFixtures> of(String ruleId) {
        Optional<String> bad = read(ruleId, "bad.Dockerfile");
        Optional<String> expected = read(ruleId, "bad.expected");
        Optional<String> good = read(ruleId, "good.Dockerfile");
        if (bad.isEmpty() || expected.isEmpty() || good.isEmpty()) {
            return Optional.empty();
        }
        List<String> ranges = Arrays.stream(expected.get().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        return Optional.of(new RuleFixtures(ruleId, bad.get(), ranges, good.get(), read(ruleId, "fixed.Dockerfile")));
    }

    private static Optional<String> read(String ruleId, String name) {
        try (InputStream in = RuleFixtures.class.getResourceAsStream("rules/" + ruleId + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + ruleId + "/" + name, e);
        }
    }
}
