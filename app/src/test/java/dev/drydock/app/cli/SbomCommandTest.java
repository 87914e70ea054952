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

/** {@code drydock sbom} on a tarball built in code: both formats valid, every package with its version and purl. */
class SbomCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    @BeforeAll
    static void writeImage() throws IOException {
        RealisticImage.archive("shop/web:2.1").writeDockerArchive(temp.resolve("web.tar"));
    }

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(), temp, false);
        int code = DrydockCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void cycloneDxOnStandardOutputIsSchemaValidAndListsEveryPackage() throws IOException {
        CliRun run = run("sbom", "web.tar", "--format", "cyclonedx", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(ExportValidators.cycloneDxSchemaErrors(run.out())).isEmpty();
        JsonNode bom = JSON.readTree(run.out());
        assertThat(bom.at("/specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.at("/components").findValuesAsText("purl")).containsAll(ExpectedPackages.PURLS);
    }

    @Test
    void spdxWrittenToAFileIsValidSpdx23() throws IOException {
        CliRun run = run("sbom", "web.tar", "--format", "SPDX", "--output", "web.spdx.json", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote the SPDX 2.3 JSON SBOM of web.tar (9 packages) to web.spdx.json.");
        String spdx = Files.readString(temp.resolve("web.spdx.json"));
        assertThat(ExportValidators.spdxProblems(spdx)).isEmpty();
        assertThat(JSON.readTree(spdx).at("/packages").findValuesAsText("referenceLocator"))
                .containsAll(ExpectedPackages.PURLS);
    }

    @Test
    void formatIsRequiredAndCheckedAndAnUnwritableOutputIsAClearError() {
        CliRun missing = run("sbom", "web.tar");
        CliRun wrong = run("sbom", "web.tar", "--format", "swid");
        CliRun unwritable = run("sbom", "web.tar", "--format", "spdx", "--output", "no/such/folder/x.json", "--no-cache");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("--format");
        assertThat(wrong.err()).contains("expected one of cyclonedx, spdx but was 'swid'");
        assertThat(unwritable.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unwritable.err()).startsWith("drydock: cannot write no/such/folder/x.json")
                .contains("Check that its folder exists").doesNotContain("\tat ");
    }
}
