package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-safe reading of the daemon's JSON answers. The daemon leaves out fields or sends
 * {@code null} for empty lists and maps; these helpers turn all of that into empty values.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Go's zero time, which the daemon sends for "never" (e.g. a container that never started). */
    private static final String GO_ZERO_TIME = "0001-01-01T00:00:00Z";

    private Json() {
    }

    static JsonNode at(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = at(node, field);
        return value == null ? "" : value.asText();
    }

    static long number(JsonNode node, String field) {
        JsonNode value = at(node, field);
        return value == null ? 0 : value.asLong();
    }

    static int integer(JsonNode node, String field) {
        return (int) number(node, field);
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = at(node, field);
        return value != null && value.asBoolean();
    }

    /** A JSON array of strings, or a single string as a one-element list. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode value = at(node, field);
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value.isArray()) {
            value.forEach(item -> result.add(item.asText()));
        } else {
            result.add(value.asText());
        }
        return result;
    }

    /** A JSON object of strings, in the daemon's order. */
    static Map<String, String> stringMap(JsonNode node, String field) {
        JsonNode value = at(node, field);
        Map<String, String> result = new LinkedHashMap<>();
        if (value != null && value.isObject()) {
            value.properties().forEach(e -> result.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return result;
    }

    /** The keys of a JSON object, e.g. {@code ExposedPorts} or {@code Volumes}. */
    static List<String> keys(JsonNode node, String field) {
        JsonNode value = at(node, field);
        List<String> result = new ArrayList<>();
        if (value != null && value.isObject()) {
            Iterator<String> names = value.fieldNames();
            names.forEachRemaining(result::add);
        }
        return result;
    }

    /** Unix seconds as the list endpoints send them. */
    static Instant epochSeconds(JsonNode node, String field) {
        JsonNode value = at(node, field);
        return value == null ? null : Instant.ofEpochSecond(value.asLong());
    }

    /** An RFC 3339 time as the inspect endpoints send it; null when missing, invalid or Go's zero time. */
    static Instant timestamp(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isEmpty() || GO_ZERO_TIME.equals(value) || value.startsWith("0001-01-01")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
