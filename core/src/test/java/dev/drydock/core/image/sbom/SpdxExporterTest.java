package dev.drydock.core.image.sbom;

import dev.drydock.core.testing.ExportValidators;
import static dev.drydock.core.image.sbom.SbomSamples.CONTEXT;
import static dev.drydock.core.image.sbom.ScannedImageBuilder.pkg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden file: golden/web-app.spdx.json (regenerate as described in {@link SbomGoldenFiles}). */
class SpdxExporterTest {

    private final SpdxExporter exporter = new SpdxExporter();

    private JsonNode export(ScannedImage image) throws IOException {
        return new ObjectMapper().readTree(exporter.render(image, CONTEXT));
    }

    private static JsonNode packageNamed(JsonNode document, String name) {
        for (JsonNode pkg : document.path("packages")) {
            if (pkg.path("name").asText().equals(name)) {
                return pkg;
            }
        }
        throw new AssertionError("no package named " + name);
    }

    private static List<String> all(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    @Test
    void matchesGoldenFile() {
        SbomGoldenFiles.assertMatches("web-app.spdx.json", exporter.render(SbomSamples.webApp(), CONTEXT));
    }

    @Test
    void theOfficialSpdxLibraryReadsAndVerifiesIt() {
        assertThat(ExportValidators.spdxProblems(exporter.render(SbomSamples.webApp(), CONTEXT))).isEmpty();
        assertThat(ExportValidators.spdxProblems(exporter.render(SbomSamples.empty(), CONTEXT))).isEmpty();
        assertThat(ExportValidators.spdxProblems(exporter.render(EveryPackageType.image(), CONTEXT))).isEmpty();
    }

    @Test
    void verificationCatchesAnInvalidDocument() {
        String broken = exporter.render(SbomSamples.webApp(), CONTEXT).replace("\"SPDXRef-Image\"", "\"Image without prefix\"");
        assertThat(ExportValidators.spdxProblems(broken)).isNotEmpty();
    }

    @Test
    void documentSaysWhoMadeItAndWhen() throws IOException {
        JsonNode document = export(SbomSamples.webApp());
        assertThat(document.path("spdxVersion").asText()).isEqualTo("SPDX-2.3");
        assertThat(document.path("dataLicense").asText()).isEqualTo("CC0-1.0");
        assertThat(document.path("name").asText()).isEqualTo("registry.example:5000/team/web:1.4.2");
        assertThat(document.path("documentNamespace").asText()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        assertThat(document.at("/creationInfo/created").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(document.at("/creationInfo/creators/0").asText()).isEqualTo("Tool: Drydock-0.1.0-test");
    }

    @Test
    void theImageIsDescribedAndContainsEveryPackage() throws IOException {
        JsonNode document = export(SbomSamples.webApp());
        JsonNode relationships = document.path("relationships");
        assertThat(relationships.at("/0/spdxElementId").asText()).isEqualTo("SPDXRef-DOCUMENT");
        assertThat(relationships.at("/0/relationshipType").asText()).isEqualTo("DESCRIBES");
        assertThat(relationships.at("/0/relatedSpdxElement").asText()).isEqualTo(SpdxExporter.IMAGE_ID);
        List<String> contained = new ArrayList<>();
        relationships.forEach(relationship -> {
            if (relationship.path("relationshipType").asText().equals("CONTAINS")) {
                assertThat(relationship.path("spdxElementId").asText()).isEqualTo(SpdxExporter.IMAGE_ID);
                contained.add(relationship.path("relatedSpdxElement").asText());
            }
        });
        List<String> ids = all(document.path("packages"), "SPDXID");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(contained).containsExactlyElementsOf(ids.subList(1, ids.size()));
        assertThat(packageNamed(document, "registry.example:5000/team/web").path("primaryPackagePurpose").asText())
                .isEqualTo("CONTAINER");
        assertThat(packageNamed(document, "debian").path("primaryPackagePurpose").asText()).isEqualTo("OPERATING-SYSTEM");
    }

    @Test
    void packagesCarryPurlAndNoAssertionsWhereNothingIsKnown() throws IOException {
        JsonNode libssl = packageNamed(export(SbomSamples.webApp()), "libssl3");
        assertThat(libssl.path("versionInfo").asText()).isEqualTo("3.0.11-1~deb12u2");
        assertThat(libssl.path("downloadLocation").asText()).isEqualTo("NOASSERTION");
        assertThat(libssl.path("supplier").asText()).isEqualTo("NOASSERTION");
        assertThat(libssl.path("licenseConcluded").asText()).isEqualTo("NOASSERTION");
        assertThat(libssl.path("licenseDeclared").asText()).isEqualTo("NOASSERTION");
        assertThat(libssl.at("/externalRefs/0/referenceCategory").asText()).isEqualTo("PACKAGE-MANAGER");
        assertThat(libssl.at("/externalRefs/0/referenceType").asText()).isEqualTo("purl");
        assertThat(libssl.at("/externalRefs/0/referenceLocator").asText())
                .isEqualTo("pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12");
        assertThat(libssl.path("sourceInfo").asText()).contains("var/lib/dpkg/status", SbomSamples.BASE_LAYER);
    }

    @Test
    void declaredLicensesAreExpressionsOrLicenseRefsWithTheirText() throws IOException {
        JsonNode document = export(SbomSamples.webApp());
        assertThat(packageNamed(document, "commons-lang3").path("licenseDeclared").asText()).isEqualTo("Apache-2.0");
        assertThat(packageNamed(document, "rake").path("licenseDeclared").asText()).isEqualTo("MIT OR Apache-2.0");
        assertThat(packageNamed(document, "bash").path("licenseDeclared").asText()).isEqualTo("LicenseRef-GPL-3");
        assertThat(document.at("/hasExtractedLicensingInfos/0/licenseId").asText()).isEqualTo("LicenseRef-GPL-3");
        assertThat(document.at("/hasExtractedLicensingInfos/0/extractedText").asText()).isEqualTo("GPL-3+");
    }

    @Test
    void packagesALaterLayerDeletedAreLeftOut() throws IOException {
        assertThat(all(export(SbomSamples.webApp()).path("packages"), "name")).doesNotContain("curl").contains("bash");
    }

    @Test
    void everyPackageTypeGetsItsPurl() throws IOException {
        List<String> purls = new ArrayList<>();
        export(EveryPackageType.image()).path("packages")
                .forEach(pkg -> pkg.path("externalRefs").forEach(ref -> purls.add(ref.path("referenceLocator").asText())));
        assertThat(purls).containsExactlyInAnyOrderElementsOf(EveryPackageType.EXPECTED_PURLS);
    }

    @Test
    void anEmptyImageIsOnlyTheImage() throws IOException {
        JsonNode document = export(SbomSamples.empty());
        assertThat(all(document.path("packages"), "SPDXID")).containsExactly(SpdxExporter.IMAGE_ID);
        assertThat(document.path("relationships")).hasSize(1);
    }

    @Test
    void specialCharactersInNamesSurviveTheRoundTrip() throws IOException {
        String odd = "wéird \"quoted\" <name> & 名前";
        ScannedImage image = ScannedImageBuilder.image("odd:1").layer(SbomSamples.BASE_LAYER)
                .pkg(0, pkg(PackageType.GEM, "", odd, "1.0", "Custom / license", "gems/" + odd))
                .build();
        String json = exporter.render(image, CONTEXT);
        JsonNode pkg = packageNamed(new ObjectMapper().readTree(json), odd);
        assertThat(pkg.path("SPDXID").asText()).matches("SPDXRef-[A-Za-z0-9.-]+");
        assertThat(pkg.path("licenseDeclared").asText()).isEqualTo("LicenseRef-Custom-license");
        assertThat(ExportValidators.spdxProblems(json)).isEmpty();
    }

    @Test
    void exportersWriteTheChosenFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SbomExporters.write(SbomSamples.webApp(), SbomFormat.SPDX, out, CONTEXT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(exporter.render(SbomSamples.webApp(), CONTEXT));
        assertThat(SbomFormat.byName(" SPDX ")).contains(SbomFormat.SPDX);
        assertThat(SbomFormat.byName("cyclonedx")).contains(SbomFormat.CYCLONEDX);
        assertThat(SbomFormat.byName("swid")).isEmpty();
    }
}
