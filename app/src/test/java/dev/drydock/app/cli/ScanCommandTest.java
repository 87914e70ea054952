package dev.drydock.app.cli;

import dev.drydock.core.testing.ExportValidators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock scan} on tarballs and OCI folders built in code: no daemon involved. */
class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    /** One build: its private key is new each time an archive is built. */
    private static ImageArchiveBuilder image;

    @BeforeAll
    static void writeImage() throws IOException {
        image = RealisticImage.archive("shop/web:2.1");
        image.writeDockerArchive(temp.resolve("web.tar"));
    }

    /** Runs in {@link #temp}, with its own cache folder and no terminal. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new ByteArrayInputStream(new byte[0]),
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()), temp, false);
        int code = DrydockCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void terminalReportSummarisesTheImageThenListsEachFindingWithItsLayer() {
        CliRun run = run("scan", "web.tar");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).as("no progress without a terminal").isEmpty();
        assertThat(run.out())
                .containsPattern("Image: +web\\.tar \\(shop/web:2\\.1, id [0-9a-f]{12}\\)")
                .containsPattern("OS: +Debian GNU/Linux 12 \\(bookworm\\), (supported until|END OF LIFE since) 2026-06-10")
                .containsPattern("Layers: +4 \\(1 from the base image\\)")
                .containsPattern("Packages: +9 \\(deb 5, maven 1, npm 2, pypi 1\\)")
                .containsPattern("Findings: +\\d+ \\(4 error, .*\\)");
        assertThat(run.out()).contains(
                "DI1017 error  Secret in a file of the image\n  at:       /app/config/settings.ini\n  layer:    2 ",
                "COPY dir:8f2b7c1d0e in /app",
                "at:       /app/keys/server.key",
                "DI1018 error  Miner or malware in the image\n  at:       /opt/.cache/xmrig",
                "DI1007 info  Setuid or setgid file\n  at:       /usr/local/bin/backup-helper",
                "at:       /root/.aws/credentials  [hidden by a later layer]",
                "RUN printf '[default]' > /root/.aws/credentials && ./deploy.sh",
                "layer:    none (image configuration)");
        assertThat(run.out()).doesNotContain(RealisticImage.AWS_KEY, RealisticImage.HIDDEN_AWS_KEY, "PRIVATE KEY-----\nMII");
    }

    @Test
    void skipBaseDropsInheritedFindingsAndSeverityHidesLesserOnes() {
        CliRun all = run("scan", "web.tar", "--failure-threshold", "none");
        CliRun own = run("scan", "web.tar", "--skip-base", "--failure-threshold", "none");
        CliRun errors = run("scan", "web.tar", "--severity", "error");

        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).contains("[inherited from base image]", "DI1016");
        assertThat(own.out()).doesNotContain("[inherited from base image]").doesNotContain("DI1016 ");
        assertThat(errors.out()).containsPattern("Findings: +4 \\(4 error\\)")
                .doesNotContain("DI1007", "DI1001", "DI1002");
    }

    @Test
    void failureThresholdDecidesTheExitCode() {
        assertThat(run("scan", "web.tar", "--failure-threshold", "none").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run("scan", "web.tar").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run("scan", "web.tar", "--severity", "error", "--failure-threshold", "warning").exitCode())
                .as("only shown findings count").isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void jsonNamesImageLayerPathAndInheritanceOfEveryFinding() throws IOException {
        CliRun run = run("scan", "web.tar", "--format", "json");

        JsonNode findings = JSON.readTree(run.out()).at("/files/0/findings");
        List<String> paths = new ArrayList<>();
        findings.forEach(f -> paths.add(f.at("/rule").asText() + " " + f.at("/location/path").asText()));
        assertThat(paths).contains("DI1017 app/config/settings.ini", "DI1017 app/keys/server.key",
                "DI1017 root/.aws/credentials", "DI1018 opt/.cache/xmrig", "DI1007 usr/local/bin/backup-helper");
        for (JsonNode finding : findings) {
            assertThat(finding.at("/location/kind").asText()).isEqualTo("image");
            assertThat(finding.at("/location/layer").asText()).matches("|sha256:[0-9a-f]{64}");
            assertThat(finding.at("/location/inherited").isBoolean()).isTrue();
        }
        assertThat(run.out()).doesNotContain(RealisticImage.AWS_KEY);
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        CliRun run = run("scan", "web.tar", "--format", "sarif");

        assertThat(ExportValidators.sarifSchemaErrors(run.out())).isEmpty();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("DI1017", "DI1018", "DI1007");
        assertThat(sarif.at("/runs/0/results").findValuesAsText("imagePath")).contains("opt/.cache/xmrig");
    }

    @Test
    void ociFolderAndOciTarballGiveTheSameFindingsAsTheDockerArchive() throws IOException {
        Path folder = image.writeOciDirectory(temp.resolve("web-oci"));
        image.writeOciLayout(temp.resolve("web-oci.tar"));

        List<String> docker = findingsWithoutImageName(run("scan", "web.tar", "--format", "json"));
        assertThat(findingsWithoutImageName(run("scan", folder.toString(), "--format", "json"))).isEqualTo(docker);
        assertThat(findingsWithoutImageName(run("scan", "web-oci.tar", "--format", "json"))).isEqualTo(docker);
    }

    @Test
    void checksThatCannotRunAreListedWithTheirReason() throws IOException {
        TestImages.tinyArchive("tiny:1").writeDockerArchive(temp.resolve("tiny.tar"));

        CliRun run = run("scan", "tiny.tar");

        assertThat(run.out()).contains("Skipped checks:").containsPattern("DI10\\d\\d .+: skipped, .+")
                .contains("OS:        unknown").contains("Packages:  none found");
    }

    @Test
    void theLayerCacheGoesToTheUsersCacheFolderUnlessTurnedOff() throws IOException {
        ImageArchiveBuilder.create().repoTag("cached:1").cmd("/nothing")
                .layer(LayerBuilder.create().file("unique.txt", "layer " + System.nanoTime() + "\n"), "COPY unique.txt /")
                .writeDockerArchive(temp.resolve("cached.tar"));
        Path layers = temp.resolve("cache/drydock/layers");

        run("scan", "cached.tar", "--no-cache");
        long before = count(layers);
        run("scan", "cached.tar");

        assertThat(count(layers)).isGreaterThan(before);
    }

    @Test
    void aMissingFileOrABrokenArchiveIsAOneLineErrorWithoutStackTrace() throws IOException {
        Files.writeString(temp.resolve("broken.tar"), "this is not a tar archive");

        CliRun missing = run("scan", "./nowhere.tar");
        CliRun broken = run("scan", "broken.tar");
        CliRun badFormat = run("scan", "web.tar", "--format", "junit");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).startsWith("drydock: no such file: ./nowhere.tar\n");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(broken.err()).startsWith("drydock: ").contains("broken.tar").doesNotContain("Exception", "\tat ");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(badFormat.err()).contains("expected one of tty, json, sarif, cyclonedx but was 'junit'");
    }

    @Test
    void helpExplainsTheCommandAndItsExitCodes() {
        CliRun run = run("scan", "--help");

        assertThat(run.out()).contains("IMAGE|TARBALL|OCI-DIR", "--skip-base", "--severity", "--failure-threshold",
                "130  cancelled with Ctrl+C");
    }

    static List<String> findingsWithoutImageName(CliRun run) throws IOException {
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(run.out()).at("/files/0/findings")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) finding.get("location")).remove("image");
            findings.add(finding.toString());
        }
        return findings;
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
