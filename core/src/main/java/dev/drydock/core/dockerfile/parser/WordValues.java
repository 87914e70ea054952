package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.VariableExpander;

/** The value of a word as Docker uses it: quotes and escapes removed, variables left as written. */
final class WordValues {

    private WordValues() {
    }

    static String unquote(String raw, char escape) {
        if (raw.indexOf('\'') < 0 && raw.indexOf('"') < 0 && raw.indexOf(escape) < 0) {
            return raw;
        }
        return VariableExpander.process(raw, escape, null);
    }
}
