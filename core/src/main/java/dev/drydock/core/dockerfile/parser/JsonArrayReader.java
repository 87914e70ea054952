package dev.drydock.core.dockerfile.parser;

import dev.drydock.core.dockerfile.LogicalText;
import dev.drydock.core.dockerfile.instruction.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the exec form {@code ["a", "b"]}: a JSON array of strings and nothing else. Anything else
 * (another JSON value, a syntax error, text after the array) gives empty, and Docker then reads the
 * text as shell form.
 */
final class JsonArrayReader {

    private final String text;
    private final int end;
    private int pos;

    private JsonArrayReader(String text, int from, int end) {
        this.text = text;
        this.pos = from;
        this.end = end;
    }

    static Optional<List<Word>> read(LogicalText source, int from, int to) {
        String line = source.text();
        int start = Chars.skipSpaces(line, from, to);
        if (start >= to || line.charAt(start) != '[') {
            return Optional.empty();
        }
        JsonArrayReader reader = new JsonArrayReader(line, start + 1, to);
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (!reader.elements(spans, values)) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            words.add(new Word(line.substring(span[0], span[1]), values.get(i), source.range(span[0], span[1])));
        }
        return Optional.of(words);
    }

    private boolean elements(List<int[]> spans, List<String> values) {
        skipWhitespace();
        if (pos < end && text.charAt(pos) == ']') {
            pos++;
            return atEnd();
        }
        while (true) {
            skipWhitespace();
            int start = pos;
            String value = string();
            if (value == null) {
                return false;
            }
            spans.add(new int[] {start, pos});
            values.add(value);
            skipWhitespace();
            if (pos >= end) {
                return false;
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                return atEnd();
            }
            if (c != ',') {
                return false;
            }
        }
    }

    private boolean atEnd() {
        skipWhitespace();
        return pos == end;
    }

    private String string() {
        if (pos >= end || text.charAt(pos) != '"') {
            return null;
        }
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < end) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                value.append(c);
            } else if (!escape(value)) {
                return null;
            }
        }
        return null;
    }

    private boolean escape(StringBuilder value) {
        if (pos >= end) {
            return false;
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
                if (pos + 4 > end) {
                    return false;
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(pos++), 16);
                    if (digit < 0) {
                        return false;
                    }
                    code = code * 16 + digit;
                }
                value.append((char) code);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
