package dev.drydock.app.cli;

import dev.drydock.core.testing.ExportValidators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock scan --dockerfile}: each finding names the instruction that made its layer. */
class ScanDockerfileOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Dockerfile {@link RealisticImage} was (as its history tells) built from. */
    private static final String DOCKERFILE = """
            FROM debian:12
            # the application
            COPY app /app
            RUN printf '[default]' > /root/.aws/credentials && ./deploy.sh
            RUN rm /root/.aws/credentials
            WORKDIR /app
            CMD ["sh"]
            """;

    @TempDir
    static Path temp;

    @BeforeAll
    static void writeImage() throws IOException {
        RealisticImage.archive("shop/web:2.1").writeDockerArchive(temp.resolve("web.tar"));
        Files.writeString(temp.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(temp.resolve("Other.Dockerfile"), "FROM alpine\nRUN apk add curl\n");
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new ByteArrayInputStream(new byte[0]),
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()), temp, false);
        int code = DrydockCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void terminalReportNamesTheDockerfileLineOfEachFindingInTheImagesOwnLayers() {
        CliRun run = run("scan", "web.tar", "--dockerfile", "Dockerfile", "--failure-threshold", "none");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "at:       /app/config/settings.ini\n  layer:    2 ",
                "at:       /root/.aws/credentials  [hidden by a later layer]\n  layer:    3 ");
        assertThat(run.out()).containsPattern("at: +/app/config/settings\\.ini\\n  layer: .*\\n  step: +Dockerfile:3\\n")
                .containsPattern("at: +/root/\\.aws/credentials .*\\n  layer: .*\\n  step: +Dockerfile:4\\n");
        assertThat(run.out()).as("the base image's layer maps to no instruction")
                .doesNotContain("Dockerfile:1\n");
    }

    @Test
    void jsonAndSarifCarryTheLine() throws IOException {
        JsonNode json = JSON.readTree(run("scan", "web.tar", "--dockerfile", "Dockerfile", "--format", "json").out());
        JsonNode sarif = JSON.readTree(run("scan", "web.tar", "--dockerfile", "Dockerfile", "--format", "sarif").out());

        JsonNode settings = null;
        for (JsonNode finding : json.at("/files/0/findings")) {
            if (finding.at("/location/path").asText().equals("app/config/settings.ini")) {
                settings = finding;
            }
        }
        assertThat(settings).isNotNull();
        assertThat(settings.at("/dockerfile/file").asText()).isEqualTo("Dockerfile");
        assertThat(settings.at("/dockerfile/line").asInt()).isEqualTo(3);
        assertThat(sarif.at("/runs/0/results").findValuesAsText("dockerfile")).contains("Dockerfile:3", "Dockerfile:4");
        assertThat(ExportValidators.sarifSchemaErrors(sarif.toString())).isEmpty();
    }

    @Test
    void aDockerfileTheImageWasNotBuiltFromIsSaidAndTracesNothing() {
        CliRun run = run("scan", "web.tar", "--dockerfile", "Other.Dockerfile", "--failure-threshold", "none");

        assertThat(run.err()).contains("Other.Dockerfile does not match the image's history");
        assertThat(run.out()).doesNotContain("step:");
    }

    @Test
    void aMissingDockerfileIsAClearError() {
        CliRun run = run("scan", "web.tar", "--dockerfile", "nope/Dockerfile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("cannot read nope/Dockerfile: no such file.");
    }
}
