package dev.drydock.core.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** JSON and digest helpers for reading archive metadata. */
final class ArchiveJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArchiveJson() {
    }

    static JsonNode parse(byte[] json, String source, String what) throws ImageArchiveException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw ArchiveTexts.failure("bad-json", "advice.save", source, what, "empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ArchiveTexts.failure("bad-json", "advice.save", source, what, e.getOriginalMessage());
        } catch (IOException e) {
            throw ArchiveTexts.failure("bad-json", "advice.save", source, what, e.getMessage());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> result = new ArrayList<>();
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(item -> result.add(item.asText()));
        }
        return result;
    }

    static Instant time(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The archive path of a blob digest {@code sha256:<hex>}; null when it is no sha256 digest. */
    static String blobPath(String digest) {
        if (!digest.matches("sha256:[0-9a-f]{64}")) {
            return null;
        }
        return "blobs/sha256/" + digest.substring("sha256:".length());
    }

    /** Architecture, os and creation time from an image config. */
    static ArchivedImage image(List<String> repoTags, byte[] config, int layers, String source, String configName)
            throws ImageArchiveException {
        JsonNode json = parse(config, source, "the image config " + configName);
        return new ArchivedImage(repoTags, sha256(config), layers, text(json, "architecture"), text(json, "os"),
                time(json, "created"));
    }
}
