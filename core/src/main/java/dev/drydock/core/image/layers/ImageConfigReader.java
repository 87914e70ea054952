package dev.drydock.core.image.layers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.ImageConfigFacts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an image config JSON (OCI / Docker image spec) into {@link ImageConfigFacts}. */
final class ImageConfigReader {

    private ImageConfigReader() {
    }

    static ImageConfigFacts read(byte[] configJson, String reference, List<String> repoTags, String source)
            throws ImageArchiveException {
        JsonNode root = ImageLayout.json(configJson, source, "the image config");
        JsonNode config = root.get("config");
        List<HistoryStep> history = new ArrayList<>();
        JsonNode steps = root.get("history");
        if (steps != null && steps.isArray()) {
            for (JsonNode step : steps) {
                history.add(new HistoryStep(ImageLayout.text(step, "created_by"), time(step, "created"),
                        step.path("empty_layer").asBoolean(false), ImageLayout.text(step, "comment")));
            }
        }
        JsonNode healthcheck = config == null ? null : config.get("Healthcheck");
        return new ImageConfigFacts(reference, "sha256:" + sha256Hex(configJson), repoTags,
                ImageLayout.text(root, "os"), ImageLayout.text(root, "architecture"), time(root, "created"),
                ImageLayout.text(config, "User"), ImageLayout.strings(field(config, "Env")), labels(config),
                keys(field(config, "ExposedPorts")), keys(field(config, "Volumes")),
                ImageLayout.strings(field(config, "Entrypoint")), ImageLayout.strings(field(config, "Cmd")),
                ImageLayout.text(config, "WorkingDir"), ImageLayout.strings(field(healthcheck, "Test")), history,
                ImageLayout.strings(root.path("rootfs").get("diff_ids")));
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }

    private static Map<String, String> labels(JsonNode config) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonNode node = field(config, "Labels");
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return labels;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    private static Instant time(JsonNode node, String field) {
        String value = ImageLayout.text(node, field);
        try {
            return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(DigestingInputStream.sha256().digest(content));
    }
}
