package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.drydock.app.cli.VulnerabilityScanFixture.activeMatches;
import static dev.drydock.app.cli.VulnerabilityScanFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", offline and end to end: real OSV advisories zipped as OSV publishes them are
 * imported with {@code drydock db import}; an image with an old log4j-core jar and old lodash copies is loaded
 * into the real daemon; {@code drydock scan IMAGE --format json} reports their CVEs with the right fixed
 * versions and severities; {@code --ignore-unfixed}, the ignore file (a valid and an expired entry) and a VEX
 * {@code not_affected} statement behave as documented; the image's tarball gives the same result.
 */
@DaemonTest
class ScanVulnerabilitiesDaemonTest {

    @TempDir
    static Path temp;

    private static VulnerabilityScanFixture cli;
    private static TestImage loaded;
    private static Path tarball;

    @BeforeAll
    static void importTheAdvisoriesAndLoadTheImage() throws IOException {
        cli = VulnerabilityScanFixture.in(temp);
        Path zip = VulnerableImage.osvZip(temp.resolve("all.zip"));
        CliRun imported = cli.run(temp, "db", "import", zip.toString(), "--db", "imported.db");
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        ImageArchiveBuilder archive = VulnerableImage.archive(TestImages.uniqueTag("scan-vulns"));
        tarball = archive.writeDockerArchive(temp.resolve("same-image.tar"));
        loaded = TestImages.load(archive);
    }

    @AfterAll
    static void removeTheImage() {
        if (loaded != null) {
            TestDocker.client().removeImageCmd(loaded.id()).withForce(true).exec();
        }
    }

    private static CliRun scan(String image, String... options) {
        List<String> args = new ArrayList<>(List.of("scan", image, "--db", "imported.db", "--format", "json"));
        args.addAll(List.of(options));
        return cli.run(temp, args.toArray(String[]::new));
    }

    @Test
    void oldLog4jAndLodashReportTheirCvesWithTheRightFixedVersionsAndSeverities() {
        CliRun run = scan(loaded.reference());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode matches = json(run).at("/vulnerabilities/matches");
        assertThat(row(matches, "CVE-2021-44228", "2.14.1")).isEqualTo(
                "org.apache.logging.log4j:log4j-core 2.14.1 fixed 2.15.0 critical 10.0");
        assertThat(row(matches, "CVE-2021-23337", "4.17.20")).isEqualTo("lodash 4.17.20 fixed 4.17.21 high 7.2");
        assertThat(row(matches, "CVE-2021-23337", "4.17.15")).isEqualTo("lodash 4.17.15 fixed 4.17.21 high 7.2");
        assertThat(row(matches, "CVE-2020-8203", "4.17.15")).isEqualTo("lodash 4.17.15 fixed 4.17.19 high 7.4");
        assertThat(row(matches, "CVE-2020-8203", "4.17.20")).as("4.17.20 has the fix of 4.17.19").isEmpty();
        assertThat(row(matches, "CVE-2023-4911", "2.36-9+deb12u1")).isEqualTo("libc6 2.36-9+deb12u1 fixed 2.36-9+deb12u3 high 7.8");
        assertThat(row(matches, "CVE-2011-3374", "2.6.1")).isEqualTo("apt 2.6.1 unfixed  unknown 0.0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theTarballOfTheSameImageGivesTheSameVulnerabilities() {
        assertThat(activeMatches(scan(tarball.toString()))).isEqualTo(activeMatches(scan(loaded.reference())))
                .hasSize(6);
    }

    @Test
    void ignoreUnfixedTheIgnoreFileAndVexBehaveAsDocumented() throws IOException {
        Files.writeString(temp.resolve("ignore.txt"), """
                CVE-2021-23337 exp:2999-01-01  # lodash: upgrade planned
                CVE-2021-44228 exp:2021-12-31  # expired: suppresses no more
                """);
        Files.writeString(temp.resolve("vex.json"), """
                {"@context": "https://openvex.dev/ns/v0.2.0", "version": 1,
                 "statements": [{"vulnerability": {"name": "CVE-2023-4911"},
                                 "products": [{"@id": "pkg:deb/debian/libc6@2.36-9+deb12u1?arch=amd64&distro=debian-12"}],
                                 "status": "not_affected", "justification": "vulnerable_code_cannot_be_controlled_by_adversary"}]}
                """);

        CliRun unfixed = scan(loaded.reference(), "--ignore-unfixed");
        CliRun suppressed = scan(loaded.reference(), "--ignore-file", "ignore.txt", "--vex", "vex.json");

        assertThat(activeMatches(unfixed)).hasSize(5).noneMatch(match -> match.startsWith("CVE-2011-3374"));
        assertThat(activeMatches(suppressed)).containsExactlyInAnyOrder(
                "CVE-2021-44228 org.apache.logging.log4j:log4j-core 2.14.1", "CVE-2020-8203 lodash 4.17.15",
                "CVE-2011-3374 apt 2.6.1");
        JsonNode vulnerabilities = json(suppressed).at("/vulnerabilities");
        List<String> reasons = new ArrayList<>();
        vulnerabilities.at("/suppressed").forEach(match -> reasons.add(match.at("/id").asText() + " "
                + match.at("/package/version").asText() + ": " + match.at("/suppression/source").asText()));
        assertThat(reasons).containsExactlyInAnyOrder("CVE-2023-4911 2.36-9+deb12u1: vex.json",
                "CVE-2021-23337 4.17.15: ignore.txt", "CVE-2021-23337 4.17.20: ignore.txt");
        assertThat(vulnerabilities.at("/notes").toString()).contains("CVE-2021-44228 expired on 2021-12-31");
        assertThat(vulnerabilities.at("/upgrades").findValuesAsText("target")).containsExactlyInAnyOrder("2.15.0", "4.17.21");
    }

    /** {@code name version status fixed severity score} of the match of {@code id} in the package at {@code version}. */
    private static String row(JsonNode matches, String id, String version) {
        for (JsonNode match : matches) {
            if (match.at("/id").asText().equals(id) && match.at("/package/version").asText().equals(version)) {
                return String.join(" ", match.at("/package/name").asText(), version, match.at("/status").asText(),
                        match.at("/fixedVersion").asText(), match.at("/severity").asText(),
                        Double.toString(match.at("/cvss/score").asDouble()));
            }
        }
        return "";
    }
}
