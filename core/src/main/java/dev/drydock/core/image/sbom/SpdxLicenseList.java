package dev.drydock.core.image.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX license and exception ids, from the copy of the SPDX license list that cyclonedx-core-java
 * ships ({@code spdx.schema.json}, the enum CycloneDX validates {@code license.id} against), so both
 * exporters agree with the CycloneDX schema on what counts as an id.
 */
final class SpdxLicenseList {

    private static final String RESOURCE = "spdx.schema.json";
    private static final Map<String, String> IDS_BY_LOWER_CASE = load();

    private SpdxLicenseList() {
    }

    /** The id as SPDX spells it ({@code mit} → {@code MIT}), when it is one. */
    static Optional<String> canonicalId(String candidate) {
        return Optional.ofNullable(IDS_BY_LOWER_CASE.get(candidate.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        try (InputStream in = org.cyclonedx.model.Bom.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from cyclonedx-core-java");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            Map<String, String> ids = new HashMap<>();
            schema.path("enum").forEach(id -> ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
            return Map.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
