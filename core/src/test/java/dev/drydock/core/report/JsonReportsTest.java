package dev.drydock.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Golden files: golden/sample.json, golden/sample.gitlab.json (regenerate as described in {@link GoldenFiles}). */
class JsonReportsTest {

    @Test
    void jsonMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.json", new JsonReport().render(ReportSamples.sample()));
    }

    @Test
    void gitlabMatchesGoldenFile() {
        GoldenFiles.assertMatches("sample.gitlab.json", new GitlabCodeQualityReport().render(ReportSamples.sample()));
    }

    @Test
    void gitlabIssuesHaveTheFieldsGitlabRequires() throws IOException {
        JsonNode issues = new ObjectMapper().readTree(new GitlabCodeQualityReport().render(ReportSamples.sample()));
        assertThat(issues).hasSize(6);
        for (JsonNode issue : issues) {
            assertThat(issue.at("/description").asText()).isNotBlank();
            assertThat(issue.at("/check_name").asText()).isNotBlank();
            assertThat(issue.at("/fingerprint").asText()).hasSize(64);
            assertThat(issue.at("/severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/path").asText()).isNotBlank();
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
        }
        assertThat(issues.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
    }

    @Test
    void gitlabFingerprintDoesNotDependOnTheLine() throws IOException {
        String original = new GitlabCodeQualityReport().render(ReportSamples.sample());
        JsonNode first = new ObjectMapper().readTree(original).get(0);
        assertThat(first.at("/location/lines/begin").asInt()).isEqualTo(1);
        String shifted = new GitlabCodeQualityReport().render(ShiftedSample.shiftedByOneLine());
        JsonNode moved = new ObjectMapper().readTree(shifted).get(0);
        assertThat(moved.at("/location/lines/begin").asInt()).isEqualTo(2);
        assertThat(moved.at("/fingerprint")).isEqualTo(first.at("/fingerprint"));
    }

    @Test
    void jsonKeepsMaskedEvidenceAndFixEdits() throws IOException {
        JsonNode json = new ObjectMapper().readTree(new JsonReport().render(ReportSamples.sample()));
        JsonNode findings = json.at("/files/0/findings");
        assertThat(findings.get(2).at("/evidence").asText()).isEqualTo("AWS_SECRET_ACCESS_KEY=wJal************************************");
        assertThat(json.toString()).doesNotContain("wJalrXUtnFEMI");
        assertThat(findings.get(1).at("/fixes/0/edits")).hasSize(2);
        assertThat(findings.get(1).at("/hadolint").asText()).isEqualTo("DL3008");
    }

    @Test
    void jsonImageFindingsNameImageLayerPathAndWhetherInherited() throws IOException {
        JsonNode findings = new ObjectMapper().readTree(new JsonReport().render(ImageReportSamples.sample()))
                .at("/files/0/findings");
        assertThat(findings).hasSize(3);
        assertThat(findings.at("/0/location/kind").asText()).isEqualTo("image");
        assertThat(findings.at("/0/location/image").asText()).isEqualTo("shop/web:1.0");
        assertThat(findings.at("/0/location/layer").asText()).isEqualTo(ImageReportSamples.LAYER);
        assertThat(findings.at("/0/location/path").asText()).isEqualTo("app/.env");
        assertThat(findings.at("/0/title").asText()).isEqualTo("Secret in a file of the image");
        assertThat(findings.at("/1/location/layer").asText()).isEmpty();
        assertThat(findings.at("/2/location/inherited").asBoolean()).isTrue();
    }
}
