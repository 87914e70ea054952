package dev.drydock.core.image.sbom;

import dev.drydock.core.testing.ExportValidators;
import static dev.drydock.core.image.sbom.SbomSamples.CONTEXT;
import static dev.drydock.core.image.sbom.ScannedImageBuilder.pkg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden file: golden/web-app.cdx.json (regenerate as described in {@link SbomGoldenFiles}). */
class CycloneDxExporterTest {

    private final CycloneDxExporter exporter = new CycloneDxExporter();

    private JsonNode export(ScannedImage image) throws IOException {
        return new ObjectMapper().readTree(exporter.render(image, CONTEXT));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    private static String property(JsonNode component, String name) {
        for (JsonNode property : component.path("properties")) {
            if (property.path("name").asText().equals(name)) {
                return property.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void matchesGoldenFile() {
        SbomGoldenFiles.assertMatches("web-app.cdx.json", exporter.render(SbomSamples.webApp(), CONTEXT));
    }

    @Test
    void isValidAgainstTheCycloneDx16Schema() {
        assertThat(ExportValidators.cycloneDxSchemaErrors(exporter.render(SbomSamples.webApp(), CONTEXT))).isEmpty();
        assertThat(ExportValidators.cycloneDxSchemaErrors(exporter.render(SbomSamples.empty(), CONTEXT))).isEmpty();
        assertThat(ExportValidators.cycloneDxSchemaErrors(exporter.render(EveryPackageType.image(), CONTEXT))).isEmpty();
    }

    @Test
    void schemaCheckCatchesAnInvalidDocument() {
        String broken = exporter.render(SbomSamples.webApp(), CONTEXT).replace("\"type\" : \"library\"", "\"type\" : \"gadget\"");
        assertThat(ExportValidators.cycloneDxSchemaErrors(broken)).isNotEmpty();
    }

    @Test
    void describesTheImageAsAContainerWithItsIdAndTags() throws IOException {
        JsonNode bom = export(SbomSamples.webApp());
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.path("serialNumber").asText()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        assertThat(bom.at("/metadata/timestamp").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(bom.at("/metadata/tools/components/0/version").asText()).isEqualTo("0.1.0-test");
        JsonNode image = bom.at("/metadata/component");
        assertThat(image.path("type").asText()).isEqualTo("container");
        assertThat(image.path("name").asText()).isEqualTo("registry.example:5000/team/web");
        assertThat(image.path("version").asText()).isEqualTo("1.4.2");
        assertThat(image.at("/hashes/0/content").asText()).isEqualTo("ab".repeat(32));
        assertThat(property(image, "drydock:image:id")).isEqualTo(SbomSamples.IMAGE_ID);
    }

    @Test
    void listsTheDistributionAsAnOperatingSystemComponent() throws IOException {
        JsonNode os = export(SbomSamples.webApp()).at("/components/0");
        assertThat(os.path("type").asText()).isEqualTo("operating-system");
        assertThat(os.path("name").asText()).isEqualTo("debian");
        assertThat(os.path("version").asText()).isEqualTo("12");
        assertThat(property(os, "drydock:layer:diff_id")).isEqualTo(SbomSamples.BASE_LAYER);
    }

    @Test
    void everyPackageIsALibraryWithWhereItWasFound() throws IOException {
        JsonNode components = export(SbomSamples.webApp()).path("components");
        JsonNode commonsLang = find(components, "commons-lang3");
        assertThat(commonsLang.path("type").asText()).isEqualTo("library");
        assertThat(commonsLang.path("group").asText()).isEqualTo("org.apache.commons");
        assertThat(commonsLang.path("purl").asText()).isEqualTo("pkg:maven/org.apache.commons/commons-lang3@3.14.0");
        assertThat(property(commonsLang, "drydock:layer:diff_id")).isEqualTo(SbomSamples.APP_LAYER);
        assertThat(property(commonsLang, "drydock:file:path")).startsWith("app/lib/commons-lang3-3.14.0.jar!/");
        assertThat(property(commonsLang, "drydock:hidden")).isEqualTo("false");
        JsonNode libssl = find(components, "libssl3");
        assertThat(property(libssl, "drydock:package:source_name")).isEqualTo("openssl");
    }

    @Test
    void packagesALaterLayerDeletedAreLeftOut() throws IOException {
        assertThat(texts(export(SbomSamples.webApp()).path("components"), "name")).doesNotContain("curl").contains("bash");
    }

    @Test
    void licensesBecomeIdsExpressionsOrNames() throws IOException {
        JsonNode components = export(SbomSamples.webApp()).path("components");
        assertThat(find(components, "commons-lang3").at("/licenses/0/license/id").asText()).isEqualTo("Apache-2.0");
        assertThat(find(components, "rake").at("/licenses/0/expression").asText()).isEqualTo("MIT OR Apache-2.0");
        assertThat(find(components, "bash").at("/licenses/0/license/name").asText()).isEqualTo("GPL-3+");
        assertThat(find(components, "libssl3").has("licenses")).isFalse();
    }

    @Test
    void dependenciesHangOsPackagesUnderTheDistribution() throws IOException {
        JsonNode dependencies = export(SbomSamples.webApp()).path("dependencies");
        assertThat(dependencies.at("/0/ref").asText()).isEqualTo(SbomSamples.IMAGE_ID);
        List<String> imageDependsOn = new ArrayList<>();
        dependencies.at("/0/dependsOn").forEach(ref -> imageDependsOn.add(ref.asText()));
        assertThat(imageDependsOn).contains("os:debian@12", "pkg:npm/%40babel/core@7.24.0")
                .noneMatch(ref -> ref.startsWith("pkg:deb/"));
        List<String> osDependsOn = new ArrayList<>();
        dependencies.at("/1/dependsOn").forEach(ref -> osDependsOn.add(ref.asText()));
        assertThat(dependencies.at("/1/ref").asText()).isEqualTo("os:debian@12");
        assertThat(osDependsOn).hasSize(3).allMatch(ref -> ref.startsWith("pkg:deb/debian/"));
    }

    @Test
    void theSamePackageTwiceGetsTwoDistinctReferences() throws IOException {
        List<String> refs = texts(export(SbomSamples.webApp()).path("components"), "bom-ref");
        assertThat(refs).doesNotHaveDuplicates()
                .contains("pkg:npm/lodash@4.17.21", "pkg:npm/lodash@4.17.21|app/node_modules/lodash/package.json");
    }

    @Test
    void everyPackageTypeGetsItsPurl() throws IOException {
        JsonNode components = export(EveryPackageType.image()).path("components");
        assertThat(texts(components, "purl")).filteredOn(purl -> !purl.isEmpty())
                .containsExactlyInAnyOrderElementsOf(EveryPackageType.EXPECTED_PURLS);
    }

    @Test
    void anEmptyImageHasOnlyTheImage() throws IOException {
        JsonNode bom = export(SbomSamples.empty());
        assertThat(bom.path("components")).isEmpty();
        assertThat(bom.at("/metadata/component/name").asText()).isEqualTo("scratch-app");
        assertThat(bom.at("/dependencies/0/ref").asText()).isEqualTo("image:scratch-app:1");
    }

    @Test
    void specialCharactersInNamesSurviveTheRoundTrip() throws IOException {
        String odd = "wéird \"quoted\" <name> & ünïcødé 名前";
        ScannedImage image = ScannedImageBuilder.image("odd:1").layer(SbomSamples.BASE_LAYER)
                .pkg(0, pkg(PackageType.NPM, "", odd, "1.0.0", "Custom \"license\" text\nline two", "app/" + odd + "/package.json"))
                .build();
        String json = exporter.render(image, CONTEXT);
        JsonNode component = new ObjectMapper().readTree(json).at("/components/0");
        assertThat(component.path("name").asText()).isEqualTo(odd);
        assertThat(component.path("purl").asText()).startsWith("pkg:npm/w%C3%A9ird%20%22quoted%22");
        // cyclonedx-core-java writes a license name on one line
        assertThat(component.at("/licenses/0/license/name").asText()).isEqualTo("Custom \"license\" text line two");
        assertThat(ExportValidators.cycloneDxSchemaErrors(json)).isEmpty();
    }

    @Test
    void writeIsRenderAsUtf8() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        SbomExporters.write(SbomSamples.webApp(), SbomFormat.CYCLONEDX, out, CONTEXT);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(exporter.render(SbomSamples.webApp(), CONTEXT));
    }

    private static JsonNode find(JsonNode components, String name) {
        for (JsonNode component : components) {
            if (component.path("name").asText().equals(name)) {
                return component;
            }
        }
        throw new AssertionError("no component named " + name);
    }
}
