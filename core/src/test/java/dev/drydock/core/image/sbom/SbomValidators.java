package dev.drydock.core.image.sbom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * Validates exported SBOMs with the formats' own tools, offline: CycloneDX with cyclonedx-core-java's
 * validator against the official 1.6 JSON schema it bundles, SPDX by reading the document with the official SPDX Java library's JSON store and
 * running that library's SPDX 2.3 verifier.
 */
final class SbomValidators {

    static {
        // Never fetch the SPDX license list from the network: use the copy inside the library.
        System.setProperty("SPDXParser.OnlyUseLocalLicenses", "true");
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        SpdxModelFactory.init();
    }

    private SbomValidators() {
    }

    static List<String> cycloneDxSchemaErrors(String json) {
        try {
            return new JsonParser().validate(json, Version.VERSION_16).stream().map(ParseException::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the SPDX library finds reading and verifying the document; empty when it is valid SPDX 2.3. */
    static List<String> spdxProblems(String json) {
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
}
