package dev.drydock.core.audit.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The known escape CVEs, read from {@code escape-cves.json} beside this class. */
public final class EscapeCveTable {

    private static final String RESOURCE = "escape-cves.json";

    private final List<EscapeCve> cves;

    private EscapeCveTable(List<EscapeCve> cves) {
        this.cves = List.copyOf(cves);
    }

    /** The table shipped with Drydock. */
    public static EscapeCveTable bundled() {
        try (InputStream in = EscapeCveTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + EscapeCveTable.class.getName());
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EscapeCveTable read(JsonNode root) {
        List<EscapeCve> cves = new ArrayList<>();
        for (JsonNode cve : root.path("cves")) {
            List<AffectedRange> ranges = new ArrayList<>();
            for (JsonNode range : cve.path("affected")) {
                ranges.add(new AffectedRange(RuntimeComponent.valueOf(range.path("component").asText()),
                        ComponentVersion.of(range.path("introduced").asText()),
                        ComponentVersion.of(range.path("fixed").asText())));
            }
            cves.add(new EscapeCve(cve.path("id").asText(), cve.path("name").asText(), cve.path("summary").asText(),
                    cve.path("fixedIn").asText(), ranges, cve.path("source").asText()));
        }
        return new EscapeCveTable(cves);
    }

    public List<EscapeCve> cves() {
        return cves;
    }

    /** The CVEs with a range for one of {@code components}. */
    public List<EscapeCve> concerning(List<RuntimeComponent> components) {
        return cves.stream().filter(cve -> components.stream().anyMatch(cve::concerns)).toList();
    }
}
