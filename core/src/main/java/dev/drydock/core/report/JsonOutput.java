package dev.drydock.core.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.TextRange;
import java.io.IOException;
import java.io.Writer;

/** Shared JSON writing for the JSON-based exporters: two-space indentation, {@code "key": value}, LF line ends. */
public final class JsonOutput {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private JsonOutput() {
    }

    /** Writes {@code root} as the JSON exporters do, with a line end after it. */
    public static void write(JsonNode root, Writer out) throws IOException {
        out.write(MAPPER.writer(PRETTY).writeValueAsString(root));
        out.write('\n');
    }

    /** Lines, columns and offsets of a Dockerfile range, 1-based lines and columns. */
    static ObjectNode range(TextRange range) {
        ObjectNode node = NODES.objectNode();
        node.put("startLine", range.startLine());
        node.put("startColumn", range.startColumn());
        node.put("endLine", range.endLine());
        node.put("endColumn", range.endColumn());
        node.put("startOffset", range.startOffset());
        node.put("endOffset", range.endOffset());
        return node;
    }

    /** A location in Drydock's JSON: its kind and its fields. */
    static ObjectNode location(Location location) {
        ObjectNode node = NODES.objectNode();
        if (location instanceof Location.DockerfileRange r) {
            node.put("kind", "dockerfile");
            node.put("file", r.file());
            node.setAll(range(r.range()));
        } else if (location instanceof Location.ImageLayerPath p) {
            node.put("kind", "image");
            node.put("image", p.image());
            node.put("layer", p.layer());
            node.put("path", p.path());
            node.put("inherited", p.inherited());
        } else if (location instanceof Location.ContainerField c) {
            node.put("kind", "container");
            node.put("container", c.container());
            node.put("field", c.field());
        } else if (location instanceof Location.DaemonSetting d) {
            node.put("kind", "daemon");
            node.put("setting", d.setting());
        }
        return node;
    }
}
