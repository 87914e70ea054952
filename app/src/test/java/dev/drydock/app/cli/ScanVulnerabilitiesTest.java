package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static dev.drydock.app.cli.VulnerabilityScanFixture.activeMatches;
import static dev.drydock.app.cli.VulnerabilityScanFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code drydock scan} with a vulnerability database of real advisories, on a tarball built in code (no daemon):
 * what each vulnerability option does, in the terminal report and in JSON.
 */
class ScanVulnerabilitiesTest {

    @TempDir
    static Path temp;

    private static VulnerabilityScanFixture fixture;

    @BeforeAll
    static void prepare() throws IOException {
        fixture = VulnerabilityScanFixture.in(temp);
    }

    @Test
    void jsonReportsEachKnownCveWithItsFixedVersionSeverityAndLayer() {
        CliRun run = fixture.scan("--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode vulnerabilities = json(run).at("/vulnerabilities");
        assertThat(vulnerabilities.at("/checked").asBoolean()).isTrue();
        Map<String, JsonNode> byMatch = new TreeMap<>();
        vulnerabilities.at("/matches").forEach(match -> byMatch.put(match.at("/id").asText() + " "
                + match.at("/package/version").asText(), match));
        assertThat(byMatch).containsOnlyKeys("CVE-2021-44228 2.14.1", "CVE-2021-23337 4.17.20", "CVE-2021-23337 4.17.15",
                "CVE-2020-8203 4.17.15", "CVE-2023-4911 2.36-9+deb12u1", "CVE-2011-3374 2.6.1");
        expect(byMatch.get("CVE-2021-44228 2.14.1"), "org.apache.logging.log4j:log4j-core", "2.15.0", "critical", 10.0);
        assertThat(byMatch.get("CVE-2021-44228 2.14.1").at("/ids").toString()).contains("GHSA-jfh8-c2jp-5v3q");
        assertThat(byMatch.get("CVE-2021-44228 2.14.1").at("/package/purl").asText()).isEqualTo(VulnerableImage.LOG4J_PURL);
        expect(byMatch.get("CVE-2021-23337 4.17.20"), "lodash", "4.17.21", "high", 7.2);
        expect(byMatch.get("CVE-2020-8203 4.17.15"), "lodash", "4.17.19", "high", 7.4);
        expect(byMatch.get("CVE-2023-4911 2.36-9+deb12u1"), "libc6", "2.36-9+deb12u3", "high", 7.8);
        assertThat(byMatch.get("CVE-2023-4911 2.36-9+deb12u1").at("/matchedName").asText()).isEqualTo("glibc");
        assertThat(byMatch.get("CVE-2023-4911 2.36-9+deb12u1").at("/package/inherited").asBoolean()).isTrue();
        assertThat(byMatch.get("CVE-2021-44228 2.14.1").at("/package/inherited").asBoolean()).isFalse();
        assertThat(byMatch.get("CVE-2011-3374 2.6.1").at("/status").asText()).isEqualTo("unfixed");
        assertThat(byMatch.get("CVE-2011-3374 2.6.1").at("/severity").asText()).isEqualTo("unknown");
        assertThat(vulnerabilities.at("/matches/0/id").asText()).as("most serious first").isEqualTo("CVE-2021-44228");
        assertThat(vulnerabilities.at("/counts").toString()).contains("\"critical\":1", "\"high\":4", "\"unknown\":1");
        assertThat(vulnerabilities.at("/upgrades")).hasSize(4);
        assertThat(vulnerabilities.at("/database/records").asInt()).isEqualTo(VulnerableImage.ADVISORIES.size());
        assertThat(vulnerabilities.at("/database/ageDays").asInt()).isZero();
        assertThat(vulnerabilities.has("notChecked")).isFalse();
    }

    private static void expect(JsonNode match, String name, String fixed, String severity, double score) {
        assertThat(match.at("/package/name").asText()).isEqualTo(name);
        assertThat(match.at("/fixedVersion").asText()).isEqualTo(fixed);
        assertThat(match.at("/status").asText()).isEqualTo("fixed");
        assertThat(match.at("/severity").asText()).isEqualTo(severity);
        assertThat(match.at("/cvss/score").asDouble()).isEqualTo(score);
        assertThat(match.at("/package/layer").asText()).startsWith("sha256:");
    }

    @Test
    void terminalReportHasATableMostSeriousFirstAndTheUpgradesToMake() {
        CliRun run = fixture.scan();

        assertThat(run.out())
                .contains("Vulnerabilities: 6 (1 critical, 4 high, 1 unknown)")
                .containsPattern("database: .+vulnerabilities\\.db, updated \\d{4}-\\d\\d-\\d\\d \\(today\\), 7 advisories")
                .containsPattern("PACKAGE +INSTALLED +FIXED +ID +SEVERITY +CVSS +STATUS +LAYER")
                .containsPattern("org\\.apache\\.logging\\.log4j:log4j-core +2\\.14\\.1 +2\\.15\\.0 +CVE-2021-44228 +critical +10\\.0 +fixed +2 [0-9a-f]{12}\n")
                .containsPattern("libc6 +2\\.36-9\\+deb12u1 +2\\.36-9\\+deb12u3 +CVE-2023-4911 +high +7\\.8 +fixed +1 [0-9a-f]{12} \\(base image\\)")
                .containsPattern("apt +2\\.6\\.1 +CVE-2011-3374 +unknown +- +unfixed")
                .contains("Upgrade these 4 packages:",
                        "  org.apache.logging.log4j:log4j-core 2.14.1 -> 2.15.0  fixes CVE-2021-44228",
                        "  lodash 4.17.15 -> 4.17.21  fixes CVE-2020-8203, CVE-2021-23337",
                        "  libc6 (source package glibc) 2.36-9+deb12u1 -> 2.36-9+deb12u3  fixes CVE-2023-4911")
                .doesNotContain("WARNING", "Suppressed");
        assertThat(run.out().indexOf("CVE-2021-44228")).isLessThan(run.out().indexOf("CVE-2023-4911"));
        assertThat(run.out().indexOf("CVE-2023-4911")).isLessThan(run.out().indexOf("CVE-2011-3374"));
    }

    @Test
    void aDatabaseOlderThanSevenDaysIsReportedWithAWarning() throws IOException {
        Clock tenDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(10)), ZoneOffset.UTC);
        Path old = VulnerableImage.database(Files.createDirectories(temp.resolve("old")), tenDaysAgo);

        CliRun tty = fixture.scanWith(temp, old.toString());
        CliRun json = fixture.scanWith(temp, old.toString(), "--format", "json");

        assertThat(tty.out()).contains("(10 days ago)", "WARNING: The vulnerability database is 10 days old;");
        assertThat(json(json).at("/vulnerabilities/database/ageDays").asInt()).isEqualTo(10);
        assertThat(json(json).at("/vulnerabilities/database/warning").asText()).contains("10 days old");
        assertThat(json.err()).contains("drydock: The vulnerability database is 10 days old");
    }

    @Test
    void ignoreUnfixedHidesVulnerabilitiesWithoutAFixedVersion() {
        CliRun run = fixture.scan("--format", "json", "--ignore-unfixed");

        assertThat(activeMatches(run)).hasSize(5).noneMatch(match -> match.startsWith("CVE-2011-3374"));
        assertThat(json(run).at("/vulnerabilities/filteredOut").asInt()).isEqualTo(1);
        assertThat(fixture.scan("--ignore-unfixed").out()).contains("Vulnerabilities: 5 (1 critical, 4 high), 1 hidden by filters");
    }

    @Test
    void severityTakesVulnerabilitySeveritiesAsASetAndFindingSeveritiesAsAFloor() {
        CliRun highAndCritical = fixture.scan("--format", "json", "--severity", "HIGH,CRITICAL");
        CliRun critical = fixture.scan("--format", "json", "--severity", "critical");
        CliRun errors = fixture.scan("--format", "json", "--severity", "error");
        CliRun warnings = fixture.scan("--format", "json", "--severity", "warning");
        CliRun both = fixture.scan("--format", "json", "--severity", "info,critical");

        assertThat(activeMatches(highAndCritical)).hasSize(5).noneMatch(match -> match.startsWith("CVE-2011-3374"));
        assertThat(json(highAndCritical).at("/files/0/findings")).as("warnings are below critical and high").isEmpty();
        assertThat(activeMatches(critical)).containsExactly("CVE-2021-44228 org.apache.logging.log4j:log4j-core 2.14.1");
        assertThat(activeMatches(errors)).as("error means critical and high").hasSize(5);
        assertThat(json(warnings).at("/files/0/findings").findValuesAsText("rule")).contains("DI1001", "DI1016")
                .doesNotContain("DI1002");
        assertThat(activeMatches(warnings)).hasSize(5);
        assertThat(activeMatches(both)).hasSize(1);
        assertThat(json(both).at("/files/0/findings").findValuesAsText("rule")).contains("DI1002");
        CliRun wrong = fixture.scan("--severity", "urgent");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(wrong.err()).contains("'urgent' is not a severity");
    }

    @Test
    void skipBaseAlsoDropsVulnerabilitiesOfBaseImagePackages() {
        CliRun run = fixture.scan("--format", "json", "--skip-base");

        assertThat(activeMatches(run)).hasSize(4).noneMatch(match -> match.contains("libc6") || match.contains("apt"));
        assertThat(json(run).at("/files/0/findings").findValuesAsText("rule")).doesNotContain("DI1016");
    }

    @Test
    void theIgnoreFileSuppressesUnexpiredEntriesAndNotesExpiredOnes() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve(".trivyignore"), """
                # accepted until the upgrade lands
                CVE-2021-44228 exp:2999-12-31
                CVE-2020-8203 exp:2020-01-01
                """);

        CliRun json = fixture.scanIn(project, "--format", "json");
        CliRun tty = fixture.scanIn(project);

        JsonNode vulnerabilities = json(json).at("/vulnerabilities");
        assertThat(activeMatches(json)).hasSize(5).contains("CVE-2020-8203 lodash 4.17.15")
                .noneMatch(match -> match.startsWith("CVE-2021-44228"));
        assertThat(vulnerabilities.at("/suppressed/0/suppression/reason").asText())
                .isEqualTo("line 2: CVE-2021-44228 (until 2999-12-31)");
        assertThat(vulnerabilities.at("/suppressed/0/suppression/source").asText()).isEqualTo(".trivyignore");
        assertThat(vulnerabilities.at("/notes").toString()).contains("CVE-2020-8203 expired on 2020-01-01");
        assertThat(tty.out()).contains("Vulnerabilities: 5 (4 high, 1 unknown), 1 suppressed",
                "Suppressed: 1 (1 by .trivyignore)",
                "  CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1: .trivyignore line 2: CVE-2021-44228 (until 2999-12-31)");
        assertThat(fixture.scan("--format", "json").out()).as("only in the folder that has it").doesNotContain("\"suppression\"");
    }

    @Test
    void anIgnoreFileNamedOnTheCommandLineIsUsedWhereverTheScanRuns() throws IOException {
        Files.writeString(temp.resolve("accepted.txt"), "CVE-2021-23337\n");

        CliRun run = fixture.scan("--format", "json", "--ignore-file", "accepted.txt");
        CliRun missing = fixture.scan("--ignore-file", "nowhere.txt");

        assertThat(json(run).at("/vulnerabilities/suppressedCount").asInt()).as("both lodash copies").isEqualTo(2);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).startsWith("drydock: cannot read the ignore file nowhere.txt: no such file");
    }

    @Test
    void aVexNotAffectedStatementSuppressesTheVulnerabilityOfThatPackageOnly() throws IOException {
        Files.writeString(temp.resolve("vex.json"), """
                {"@context": "https://openvex.dev/ns/v0.2.0", "author": "shop team", "version": 1,
                 "timestamp": "2024-05-01T10:00:00Z",
                 "statements": [{"vulnerability": {"name": "CVE-2021-23337"},
                                 "products": [{"@id": "pkg:npm/lodash@4.17.20"}],
                                 "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
                """);
        Files.writeString(temp.resolve("broken-vex.json"), "{\"statements\": 3");

        CliRun run = fixture.scan("--format", "json", "--vex", "vex.json");
        CliRun broken = fixture.scan("--vex", "broken-vex.json");

        assertThat(activeMatches(run)).contains("CVE-2021-23337 lodash 4.17.15").doesNotContain("CVE-2021-23337 lodash 4.17.20");
        JsonNode suppressed = json(run).at("/vulnerabilities/suppressed/0");
        assertThat(suppressed.at("/package/version").asText()).isEqualTo("4.17.20");
        assertThat(suppressed.at("/suppression/kind").asText()).isEqualTo("vex");
        assertThat(suppressed.at("/suppression/reason").asText()).contains("not_affected (vulnerable_code_not_in_execute_path)");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(broken.err()).startsWith("drydock: cannot use the VEX document broken-vex.json:").doesNotContain("\tat ");
    }
}
