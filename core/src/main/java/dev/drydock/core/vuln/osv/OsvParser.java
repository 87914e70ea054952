package dev.drydock.core.vuln.osv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.vuln.VulnerabilitySeverity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads OSV vulnerability records (schema 1.x, <a href="https://ossf.github.io/osv-schema/">ossf.github.io/osv-schema</a>)
 * into {@link OsvRecord}s. Tolerant where the schema lets sources differ: unknown fields are ignored,
 * {@code affected[]} entries without a package (Git-only) and ranges of unknown types are left out, and
 * records of ecosystems Drydock does not read still parse. Strict where a guess would mislead matching:
 * a missing id or modified time, a schema version 2 or later, or a range event that is not exactly one
 * of {@code introduced}/{@code fixed}/{@code last_affected}/{@code limit} fail with an {@link OsvFormatException}.
 * Stateless and thread-safe.
 */
public final class OsvParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OsvEvent.Kind> EVENT_KINDS = Map.of(
            "introduced", OsvEvent.Kind.INTRODUCED, "fixed", OsvEvent.Kind.FIXED,
            "last_affected", OsvEvent.Kind.LAST_AFFECTED, "limit", OsvEvent.Kind.LIMIT);
    /** Where sources put their own severity word, in the order they are consulted. */
    private static final List<String> SEVERITY_FIELDS = List.of("severity", "urgency", "priority");

    public OsvRecord parse(String json) throws OsvFormatException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public OsvRecord parse(InputStream json) throws IOException {
        return parse(json.readAllBytes());
    }

    public OsvRecord parse(byte[] json) throws OsvFormatException {
        return parse(readTree(json));
    }

    /** Reads a record and keeps its JSON without white space, for storing. */
    public OsvDocument read(byte[] json) throws OsvFormatException {
        JsonNode tree = readTree(json);
        OsvRecord record = parse(tree);
        try {
            return new OsvDocument(record, JSON.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new OsvFormatException(record.id() + ": cannot be written back as JSON (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode readTree(byte[] json) throws OsvFormatException {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new OsvFormatException("not an OSV record: the document is not a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw new OsvFormatException("not an OSV record: the JSON is malformed (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new OsvFormatException("not an OSV record: " + e.getMessage(), e);
        }
    }

    /** Reads a record from a JSON tree already parsed. */
    public OsvRecord parse(JsonNode root) throws OsvFormatException {
        String id = text(root, "id");
        if (id.isEmpty()) {
            throw new OsvFormatException("not an OSV record: it has no \"id\"");
        }
        checkSchemaVersion(id, text(root, "schema_version"));
        Instant modified = time(id, root, "modified");
        if (modified == null) {
            throw new OsvFormatException(id + ": has no \"modified\" time, which every OSV record must give");
        }
        List<OsvSeverity> severity = severities(id, root.path("severity"));
        List<OsvAffected> affected = new ArrayList<>();
        for (JsonNode entry : root.path("affected")) {
            OsvAffected parsed = affected(id, entry);
            if (parsed != null) {
                affected.add(parsed);
            }
        }
        List<OsvReference> references = new ArrayList<>();
        for (JsonNode reference : root.path("references")) {
            String url = text(reference, "url");
            if (!url.isEmpty()) {
                references.add(new OsvReference(text(reference, "type"), url));
            }
        }
        String sourceSeverity = sourceSeverity(root.path("database_specific"), root.path("ecosystem_specific"), severity);
        return new OsvRecord(id, modified, time(id, root, "published"), time(id, root, "withdrawn"),
                strings(root.path("aliases")), strings(root.path("related")), text(root, "summary"),
                text(root, "details"), severity, sourceSeverity, affected, references, strings(root.path("upstream")));
    }

    private static void checkSchemaVersion(String id, String version) throws OsvFormatException {
        if (!version.isEmpty() && !(version.equals("1") || version.startsWith("1."))) {
            throw new OsvFormatException(id + ": uses OSV schema version " + version
                    + "; this Drydock reads version 1.x records only");
        }
    }

    private static OsvAffected affected(String id, JsonNode entry) throws OsvFormatException {
        JsonNode pkg = entry.path("package");
        String ecosystem = text(pkg, "ecosystem");
        String name = text(pkg, "name");
        if (ecosystem.isEmpty() || name.isEmpty()) {
            return null; // Git-only entries name a repository, not a package Drydock can find in an image
        }
        List<OsvRange> ranges = new ArrayList<>();
        for (JsonNode range : entry.path("ranges")) {
            OsvRange parsed = range(id, name, range);
            if (parsed != null) {
                ranges.add(parsed);
            }
        }
        List<OsvSeverity> severity = severities(id, entry.path("severity"));
        return new OsvAffected(ecosystem, name, text(pkg, "purl"), ranges, strings(entry.path("versions")), severity,
                sourceSeverity(entry.path("ecosystem_specific"), entry.path("database_specific"), severity));
    }

    private static OsvRange range(String id, String name, JsonNode range) throws OsvFormatException {
        OsvRange.Type type;
        try {
            type = OsvRange.Type.valueOf(text(range, "type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null; // a range type from a later schema: matching could not use it anyway
        }
        List<OsvEvent> events = new ArrayList<>();
        for (JsonNode event : range.path("events")) {
            events.add(event(id, name, event));
        }
        return new OsvRange(type, text(range, "repo"), events);
    }

    private static OsvEvent event(String id, String name, JsonNode event) throws OsvFormatException {
        if (!event.isObject() || event.size() != 1) {
            throw new OsvFormatException(id + ": a range event of " + name
                    + " must have exactly one of introduced, fixed, last_affected or limit, but is " + event);
        }
        Map.Entry<String, JsonNode> only = event.properties().iterator().next();
        OsvEvent.Kind kind = EVENT_KINDS.get(only.getKey());
        if (kind == null || !only.getValue().isTextual() || only.getValue().asText().isBlank()) {
            throw new OsvFormatException(id + ": a range event of " + name + " is not understood: " + event);
        }
        return new OsvEvent(kind, only.getValue().asText().trim());
    }

    private static List<OsvSeverity> severities(String id, JsonNode list) throws OsvFormatException {
        List<OsvSeverity> result = new ArrayList<>();
        for (JsonNode entry : list) {
            String type = text(entry, "type");
            String score = text(entry, "score");
            if (type.isEmpty() || score.isEmpty()) {
                throw new OsvFormatException(id + ": a severity entry needs a type and a score, but is " + entry);
            }
            result.add(new OsvSeverity(type, score));
        }
        return result;
    }

    /**
     * The first severity word a source gives that reads as a severity: {@code severity} (GitHub's
     * {@code MODERATE}…), {@code urgency} (Debian) or {@code priority} in either object, else a
     * {@code severity[]} entry that is a word rather than a CVSS vector (Ubuntu's {@code medium}).
     */
    private static String sourceSeverity(JsonNode first, JsonNode second, List<OsvSeverity> severity) {
        for (JsonNode object : List.of(first, second)) {
            for (String field : SEVERITY_FIELDS) {
                String word = text(object, field);
                if (VulnerabilitySeverity.parse(word).isPresent()) {
                    return word;
                }
            }
        }
        for (OsvSeverity entry : severity) {
            if (!entry.type().startsWith("CVSS") && VulnerabilitySeverity.parse(entry.score()).isPresent()) {
                return entry.score();
            }
        }
        return "";
    }

    private static Instant time(String id, JsonNode root, String field) throws OsvFormatException {
        String text = text(root, field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new OsvFormatException(id + ": \"" + field + "\" is not an RFC 3339 time: " + text, e);
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.isTextual() && !item.asText().isBlank()) {
                result.add(item.asText().trim());
            }
        }
        return result;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
    }
}
