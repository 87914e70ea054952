package dev.drydock.core.dockerfile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Expansion with SET=value, EMPTY= (set, empty) and UNSET (not set); one line per case. */
class VariableExpanderTest {

    private static final Map<String, String> VARIABLES = Map.of("SET", "value", "EMPTY", "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "$SET                 | value",
        "${SET}               | value",
        "pre-${SET}-post      | pre-value-post",
        "$SET.txt             | value.txt",
        "$UNSET               | ~~",
        "${UNSET:-fallback}   | fallback",
        "${EMPTY:-fallback}   | fallback",
        "${EMPTY-fallback}    | ~~",
        "${UNSET-fallback}    | fallback",
        "${SET:-fallback}     | value",
        "${SET:+alt}          | alt",
        "${EMPTY:+alt}        | ~~",
        "${EMPTY+alt}         | alt",
        "${UNSET+alt}         | ~~",
        "${UNSET:-${SET}}     | value",
        "\\$SET               | $SET",
        "'$SET'               | $SET",
        "\"$SET\"             | value",
        "\"a \\\"b\\\" $SET\" | a \"b\" value",
        "$                    | $",
        "cost=$5              | cost=",
        "${UNCLOSED           | ~~",
    })
    void expands(String word, String expected) {
        assertThat(VariableExpander.process(word, '\\', VARIABLES::get)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "${SET:-x}            | ${SET:-x}",
        "\"a b\"$SET          | a b$SET",
        "`$SET                | $SET",
    })
    void withoutLookupKeepsReferencesAndRemovesQuotes(String word, String expected) {
        assertThat(VariableExpander.process(word, '`', null)).isEqualTo(expected);
    }
}
