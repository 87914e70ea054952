package dev.drydock.core.seccomp.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each JSON value of a profile starts in its text, by JSON pointer ({@code /syscalls/3/args/0/op}).
 * A field's position is that of its name, which is where a reader looks.
 */
public final class SourcePositions {
    private static final SourcePositions NONE = new SourcePositions(Map.of());
    private final Map<String, SourcePosition> byPointer;

    private SourcePositions(Map<String, SourcePosition> byPointer) {
        this.byPointer = byPointer;
    }

    /** No positions (a profile built in code). */
    public static SourcePositions none() {
        return NONE;
    }

    /** Positions of every value of well-formed JSON text. */
    static SourcePositions of(JsonFactory factory, String json) throws IOException {
        Map<String, SourcePosition> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer;
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointer = parser.getParsingContext().getParent().pathAsPointer().toString();
                } else if (token == JsonToken.FIELD_NAME || !parser.getParsingContext().inObject()) {
                    pointer = parser.getParsingContext().pathAsPointer().toString();
                } else {
                    continue; // a field's value: its name already gave this pointer a position
                }
                JsonLocation location = parser.currentTokenLocation();
                positions.putIfAbsent(pointer, new SourcePosition(location.getLineNr(), location.getColumnNr()));
            }
        }
        return new SourcePositions(Map.copyOf(positions));
    }

    /** Where the value at this pointer starts; for a missing field, its closest enclosing value. */
    public Optional<SourcePosition> find(String pointer) {
        String current = pointer;
        while (true) {
            SourcePosition position = byPointer.get(current);
            if (position != null || current.isEmpty()) {
                return Optional.ofNullable(position);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }
}
