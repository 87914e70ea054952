package dev.drydock.core.vuln.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvEvent;
import dev.drydock.core.vuln.osv.OsvRange;
import dev.drydock.core.vuln.osv.OsvRecord;
import dev.drydock.core.vuln.osv.OsvReference;
import dev.drydock.core.vuln.osv.OsvSeverity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The real advisories under {@code vuln/match/}, one OSV JSON each. Read with a minimal reader of the
 * fields matching uses, until the OSV parser is on main.
 */
public final class OsvFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvFixtures() {
    }

    public static OsvRecord load(String id) {
        try (InputStream in = OsvFixtures.class.getResourceAsStream("/vuln/match/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture advisory " + id);
            }
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<OsvRecord> load(String... ids) {
        return List.of(ids).stream().map(OsvFixtures::load).toList();
    }

    private static OsvRecord read(JsonNode json) {
        List<OsvAffected> affected = new ArrayList<>();
        for (JsonNode entry : json.path("affected")) {
            List<OsvRange> ranges = new ArrayList<>();
            for (JsonNode range : entry.path("ranges")) {
                List<OsvEvent> events = new ArrayList<>();
                for (JsonNode event : range.path("events")) {
                    event.properties().forEach(field -> events.add(new OsvEvent(
                            OsvEvent.Kind.valueOf(field.getKey().toUpperCase(Locale.ROOT)), field.getValue().asText())));
                }
                ranges.add(new OsvRange(OsvRange.Type.valueOf(range.path("type").asText()), range.path("repo").asText(""),
                        events));
            }
            JsonNode pkg = entry.path("package");
            affected.add(new OsvAffected(pkg.path("ecosystem").asText(), pkg.path("name").asText(), pkg.path("purl").asText(""),
                    ranges, strings(entry.path("versions")), severities(entry.path("severity")),
                    entry.path("ecosystem_specific").path("severity").asText("")));
        }
        List<OsvReference> references = new ArrayList<>();
        json.path("references").forEach(ref -> references.add(new OsvReference(ref.path("type").asText(), ref.path("url").asText())));
        return new OsvRecord(json.path("id").asText(), instant(json.path("modified")), instant(json.path("published")),
                instant(json.path("withdrawn")), strings(json.path("aliases")), strings(json.path("related")),
                json.path("summary").asText(""), json.path("details").asText(""), severities(json.path("severity")),
                json.path("database_specific").path("severity").asText(""), affected, references,
                strings(json.path("upstream")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<OsvSeverity> severities(JsonNode array) {
        List<OsvSeverity> values = new ArrayList<>();
        array.forEach(value -> values.add(new OsvSeverity(value.path("type").asText(), value.path("score").asText())));
        return values;
    }

    private static Instant instant(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : Instant.parse(value.asText());
    }
}
