package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.ParserDirective;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a parser directive line, {@code # name=value}, for the names Docker knows ({@code syntax},
 * {@code escape}, {@code check}). Any other comment is a plain comment and ends the directives.
 */
final class DirectiveReader {

    private DirectiveReader() {
    }

    /** The directive on the line whose {@code #} is at {@code hash}, ending at {@code end}. */
    static Optional<ParserDirective> read(String source, LineIndex index, int hash, int end) {
        int i = Chars.skipSpaces(source, hash + 1, end);
        int nameStart = i;
        while (i < end && Character.isLetterOrDigit(source.charAt(i)) && source.charAt(i) < 128) {
            i++;
        }
        if (i == nameStart || !Character.isLetter(source.charAt(nameStart))) {
            return Optional.empty();
        }
        String name = source.substring(nameStart, i).toLowerCase(Locale.ROOT);
        if (!name.equals("syntax") && !name.equals("escape") && !name.equals("check")) {
            return Optional.empty();
        }
        i = Chars.skipSpaces(source, i, end);
        if (i >= end || source.charAt(i) != '=') {
            return Optional.empty();
        }
        int valueStart = Chars.skipSpaces(source, i + 1, end);
        int valueEnd = Chars.trimSpacesBack(source, valueStart, end);
        if (valueStart >= valueEnd) {
            return Optional.empty();
        }
        return Optional.of(new ParserDirective(name, source.substring(valueStart, valueEnd), index.range(hash, end),
                index.range(valueStart, valueEnd)));
    }
}
