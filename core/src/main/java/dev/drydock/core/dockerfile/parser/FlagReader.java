package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.instruction.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code --name[=value]} flags at the start of an instruction's arguments, like Docker's
 * {@code extractBuilderFlags}: flags end at the first word not starting with {@code --}, or after a
 * lone {@code --}. Quotes and backslash escapes inside a flag are removed from its value.
 */
final class FlagReader {

    /** The flags and where the arguments after them start. */
    record Result(List<Flag> flags, int argumentsFrom) {
    }

    private FlagReader() {
    }

    static Result read(LogicalText text, int from) {
        String line = text.text();
        int end = line.length();
        List<Flag> flags = List.of();
        int i = Chars.skipSpaces(line, from, end);
        while (i + 1 < end && line.charAt(i) == '-' && line.charAt(i + 1) == '-') {
            int wordEnd = WordSplitter.wordEnd(line, i, end, '\\');
            if (wordEnd == i + 2) {
                return new Result(flags, Chars.skipSpaces(line, wordEnd, end));
            }
            if (flags.isEmpty()) {
                flags = new ArrayList<>(2);
            }
            flags.add(flag(text, i, wordEnd));
            i = Chars.skipSpaces(line, wordEnd, end);
        }
        return new Result(flags, i);
    }

    private static Flag flag(LogicalText text, int from, int to) {
        String raw = text.text().substring(from + 2, to);
        int equals = raw.indexOf('=');
        if (equals < 0) {
            return new Flag(WordValues.unquote(raw, '\\'), Optional.empty(), text.range(from, to), text.range(to, to));
        }
        String name = WordValues.unquote(raw.substring(0, equals), '\\');
        String value = WordValues.unquote(raw.substring(equals + 1), '\\');
        int valueFrom = from + 2 + equals + 1;
        return new Flag(name, Optional.of(value), text.range(from, to), text.range(valueFrom, to));
    }
}
