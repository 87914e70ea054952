package dev.drydock.app.cli;

import dev.drydock.core.testing.ExportValidators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's end-to-end check: a realistic image (real Debian 12 dpkg entries, a real jar, npm and
 * Python packages, planted secrets, a miner-named file, a setuid file, a secret deleted by a later
 * layer) is loaded into the real daemon, and {@code drydock scan} / {@code drydock sbom} read it both
 * from the daemon and from its tarball: the results agree, and every planted thing is found.
 */
@DaemonTest
class ScanImageDaemonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static TestImage loaded;

    @BeforeAll
    static void loadTheImage() throws IOException {
        ImageArchiveBuilder archive = RealisticImage.archive(TestImages.uniqueTag("scan-cli"));
        archive.writeDockerArchive(temp.resolve("web.tar"));
        loaded = TestImages.load(archive);
    }

    @AfterAll
    static void removeTheImage() {
        if (loaded != null) {
            TestDocker.client().removeImageCmd(loaded.id()).withForce(true).exec();
        }
    }

    @Test
    void theDaemonImageAndItsTarballGiveTheSameFindingsAndEveryPlantedThingIsFound() throws IOException {
        CliRun fromDaemon = scan(loaded.reference(), "--format", "json");
        CliRun fromTarball = scan(temp.resolve("web.tar").toString(), "--format", "json");

        assertThat(fromDaemon.exitCode()).as(fromDaemon.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(fromTarball.exitCode()).as(fromTarball.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(ScanCommandTest.findingsWithoutImageName(fromDaemon))
                .isEqualTo(ScanCommandTest.findingsWithoutImageName(fromTarball));

        Map<String, JsonNode> byPath = new TreeMap<>();
        for (JsonNode finding : JSON.readTree(fromDaemon.out()).at("/files/0/findings")) {
            assertThat(finding.at("/location/image").asText()).isEqualTo(loaded.reference());
            byPath.put(finding.at("/rule").asText() + " " + finding.at("/location/path").asText(), finding);
        }
        assertThat(byPath.get("DI1017 app/config/settings.ini").at("/evidence").asText()).isEqualTo("AKIA****************");
        assertThat(byPath.get("DI1017 app/keys/server.key").at("/message").asText()).contains("a private key");
        assertThat(byPath.get("DI1017 root/.aws/credentials").at("/message").asText())
                .contains("hidden by a later layer", "RUN printf");
        assertThat(byPath.get("DI1018 opt/.cache/xmrig").at("/evidence").asText()).contains("xmrig");
        assertThat(byPath.get("DI1007 usr/local/bin/backup-helper").at("/evidence").asText()).isEqualTo("mode 4755");
        assertThat(fromDaemon.out()).doesNotContain(RealisticImage.AWS_KEY, RealisticImage.HIDDEN_AWS_KEY);
    }

    @Test
    void theTerminalReportOfTheDaemonImageSummarisesItsPackagesAndMarksTheHiddenSecret() {
        CliRun run = scan(loaded.reference(), "--skip-base");

        assertThat(run.out())
                .containsPattern("Image: +" + loaded.reference().replace(".", "\\.") + " \\(id "
                        + loaded.id().substring(7, 19) + "\\)")
                .containsPattern("OS: +Debian GNU/Linux 12 \\(bookworm\\)")
                .containsPattern("Packages: +9 \\(deb 5, maven 1, npm 2, pypi 1\\)")
                .contains("at:       /root/.aws/credentials  [hidden by a later layer]")
                .doesNotContain("[inherited from base image]");
    }

    @Test
    void bothSbomFormatsAreValidAndListEveryPackageWithItsVersionAndPurlFromDaemonAndTarball() throws IOException {
        for (String image : List.of(loaded.reference(), temp.resolve("web.tar").toString())) {
            CliRun cyclone = CliRun.of("sbom", image, "--format", "cyclonedx", "--no-cache", "-H", host());
            CliRun spdx = CliRun.of("sbom", image, "--format", "spdx", "--no-cache", "-H", host());

            assertThat(cyclone.exitCode()).as(cyclone.err()).isEqualTo(ExitCodes.OK);
            assertThat(ExportValidators.cycloneDxSchemaErrors(cyclone.out())).isEmpty();
            assertThat(ExportValidators.spdxProblems(spdx.out())).isEmpty();
            List<String> components = new ArrayList<>();
            for (JsonNode component : JSON.readTree(cyclone.out()).at("/components")) {
                components.add(component.at("/name").asText() + " " + component.at("/version").asText() + " "
                        + component.at("/purl").asText());
            }
            for (List<String> debian : ExpectedPackages.DEBIAN) {
                assertThat(components).as(image).contains(debian.get(0) + " " + debian.get(1) + " "
                        + ExpectedPackages.debian(debian.get(0), debian.get(1)));
            }
            assertThat(components).as(image).contains(
                    "commons-compress 1.28.0 " + RealisticImage.COMMONS_COMPRESS_PURL,
                    "left-pad 1.3.0 pkg:npm/left-pad@1.3.0",
                    "requests 2.31.0 pkg:pypi/requests@2.31.0");
            assertThat(JSON.readTree(spdx.out()).at("/packages").findValuesAsText("referenceLocator"))
                    .as(image).containsAll(ExpectedPackages.PURLS);
        }
    }

    @Test
    void anImageTheDaemonDoesNotHaveIsAClearError() {
        CliRun run = scan("drydock-test/no-such-image:" + TestImages.RUN_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: no image or file named drydock-test/no-such-image:")
                .contains("drydock images").doesNotContain("\tat ");
    }

    private static CliRun scan(String image, String... more) {
        List<String> args = new ArrayList<>(List.of("scan", image, "--no-cache", "-H", host()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String host() {
        return TestDocker.endpoint().uri();
    }
}
