package dev.drydock.core.seccomp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to the fields of a JSON object, with messages that say which field and where. */
final class TreeFields {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private final SourcePositions positions;

    TreeFields(SourcePositions positions) {
        this.positions = positions;
    }

    void requireObject(JsonNode node, String pointer, String what) throws SeccompReadException {
        if (!node.isObject()) {
            throw error(pointer, what + " must be a JSON object, found " + kind(node));
        }
    }

    boolean presentArray(JsonNode node, String pointer, String field) throws SeccompReadException {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isArray()) {
            throw error(pointer, "\"" + field + "\" must be a list, found " + kind(node));
        }
        return true;
    }

    String text(JsonNode object, String at, String field) throws SeccompReadException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw error(at + "/" + field, "\"" + field + "\" must be text, found " + kind(node));
        }
        return node.textValue();
    }

    List<String> texts(JsonNode object, String at, String field) throws SeccompReadException {
        JsonNode node = object.get(field);
        if (!presentArray(node, at + "/" + field, field)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw error(at + "/" + field + "/" + i, "the items of \"" + field + "\" must be text, found "
                        + kind(node.get(i)));
            }
            values.add(node.get(i).textValue());
        }
        return values;
    }

    /** An unsigned integer up to 2^64-1, kept in a long's 64 bits. */
    Long unsigned(JsonNode object, String at, String field) throws SeccompReadException {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw error(at + "/" + field, "\"" + field + "\" must be a whole number, found " + kind(node));
        }
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 || value.compareTo(UINT64_MAX) > 0) {
            throw error(at + "/" + field, "\"" + field + "\" must be between 0 and " + UINT64_MAX + ", found " + value);
        }
        return value.longValue();
    }

    /** The fields of this object that {@code known} does not list, in file order. */
    Map<String, JsonNode> unknown(JsonNode object, List<String> known) {
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!known.contains(field.getKey())) {
                unknown.put(field.getKey(), field.getValue());
            }
        }
        return unknown;
    }

    private SeccompReadException error(String pointer, String problem) {
        SourcePosition position = positions.find(pointer).orElse(null);
        String where = pointer.isEmpty() ? "" : " (at " + pointer + (position == null ? "" : ", " + position) + ")";
        return new SeccompReadException("The seccomp profile cannot be read: " + problem + where + ".", pointer,
                position);
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "text \"" + node.textValue() + "\"";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case BOOLEAN -> node.asText();
            case NUMBER -> "the number " + node.asText();
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
