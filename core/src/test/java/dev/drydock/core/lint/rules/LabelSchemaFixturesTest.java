package dev.drydock.core.lint.rules;

import dev.drydock.core.config.LintConfig;
import dev.drydock.core.findings.TextRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The label-schema rules report nothing without a schema, so the shared fixture test sees no findings
 * in their bad fixtures. Here the same fixtures are linted with {@link LabelSchemaCases#SCHEMA}: the bad
 * file must be caught at the ranges in {@code schema.expected}, the good file must pass.
 */
class LabelSchemaFixturesTest {

    private static final List<String> SCHEMA_RULES =
            List.of("DD3049", "DD3050", "DD3051", "DD3052", "DD3053", "DD3054", "DD3055", "DD3056", "DD3058");

    @TestFactory
    Stream<DynamicTest> badFixtureIsCaughtAtTheExpectedRangesWithASchema() {
        return SCHEMA_RULES.stream().map(id -> dynamicTest(id, () -> {
            List<String> expected = Arrays.stream(read(id, "schema.expected").split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            List<String> ranges = LabelSchemaCases.findings(id, read(id, "bad.Dockerfile"), LabelSchemaCases.SCHEMA)
                    .stream().map(finding -> range(finding.textRange().orElseThrow())).toList();
            assertThat(expected).as(id + " schema.expected").isNotEmpty();
            assertThat(ranges).as(id + " on bad.Dockerfile with a schema").containsExactlyElementsOf(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> goodFixturePassesWithASchema() {
        return SCHEMA_RULES.stream().map(id -> dynamicTest(id, () ->
                assertThat(LabelSchemaCases.findings(id, read(id, "good.Dockerfile"), LabelSchemaCases.SCHEMA))
                        .as(id + " on good.Dockerfile with a schema").isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> withoutASchemaNothingIsReported() {
        return SCHEMA_RULES.stream().map(id -> dynamicTest(id, () ->
                assertThat(LabelSchemaCases.findings(id, read(id, "bad.Dockerfile"), LintConfig.defaults()))
                        .as(id + " without a label schema").isEmpty()));
    }

    private static String range(TextRange r) {
        return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
    }

    private static String read(String id, String name) throws IOException {
        try (InputStream in = LabelSchemaFixturesTest.class.getResourceAsStream(id + "/" + name)) {
            assertThat(in).as(id + "/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
