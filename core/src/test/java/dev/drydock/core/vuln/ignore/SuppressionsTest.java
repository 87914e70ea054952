package dev.drydock.core.vuln.ignore;

import dev.drydock.core.vuln.version.VersionOrderings;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.match.InMemoryAdvisories;
import dev.drydock.core.vuln.match.InstalledPackages;
import dev.drydock.core.vuln.match.RealAdvisories;
import dev.drydock.core.vuln.match.Suppression;
import dev.drydock.core.vuln.match.VulnerabilityMatch;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ignore files and VEX documents applied to a real report: log4j-core 2.14.1 and lodash 4.17.15. */
class SuppressionsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final String LOG4J = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";

    private final VulnerabilityReport report = new VulnerabilityMatcher(new InMemoryAdvisories(RealAdvisories.load(
            "GHSA-jfh8-c2jp-5v3q", "GHSA-35jh-r3h4-6jhm", "GHSA-p6mc-m468-83gw")), VersionOrderings::of)
            .match(new InstalledPackages().jar("org.apache.logging.log4j", "log4j-core", "2.14.1")
                    .npm("lodash", "4.17.15").on("debian", "12"));

    private static VulnerabilityMatch byId(VulnerabilityReport report, String id) {
        return report.matches().stream().filter(match -> match.id().equals(id)).findFirst().orElseThrow();
    }

    private VulnerabilityReport withVex(Set<String> image, String... statements) throws IOException {
        VexDocument vex = VexDocumentTest.parse("{\"timestamp\": \"2024-01-01T00:00:00Z\", \"statements\": ["
                + String.join(",", statements) + "]}");
        return new Suppressions(List.of(), List.of(vex), image).apply(report, NOW);
    }

    private static String statement(String vulnerability, String product, String status, String extra) {
        return "{\"vulnerability\": {\"name\": \"" + vulnerability + "\"}, \"products\": [" + product + "], \"status\": \""
                + status + "\"" + extra + "}";
    }

    @Test
    void theReportHasThreeActiveMatchesBeforeSuppression() {
        assertThat(report.active()).extracting(VulnerabilityMatch::id)
                .containsExactlyInAnyOrder("CVE-2021-44228", "CVE-2020-8203", "CVE-2021-23337");
    }

    @Test
    void ignoreFileEntriesSuppressByIdOrAliasUntilTheyExpire() {
        IgnoreFile ignore = IgnoreFile.parse(".trivyignore", """
                # log4shell: JNDI lookups disabled by configuration
                CVE-2021-44228 exp:2099-12-31
                GHSA-35jh-r3h4-6jhm
                CVE-2020-8203 exp:2025-01-31
                """);

        VulnerabilityReport suppressed = new Suppressions(List.of(ignore), List.of(), Set.of()).apply(report, NOW);

        assertThat(byId(suppressed, "CVE-2021-44228").suppression()).contains(new Suppression(
                Suppression.Kind.IGNORE_FILE, ".trivyignore", "line 2: CVE-2021-44228 (until 2099-12-31)"));
        assertThat(byId(suppressed, "CVE-2021-23337").suppression()).hasValueSatisfying(
                by -> assertThat(by.describe()).isEqualTo(".trivyignore line 3: GHSA-35jh-r3h4-6jhm"));
        assertThat(byId(suppressed, "CVE-2020-8203").isSuppressed()).isFalse();
        assertThat(suppressed.notes()).contains(
                ".trivyignore line 4: CVE-2020-8203 expired on 2025-01-31; it no longer suppresses");
        assertThat(suppressed.active()).extracting(VulnerabilityMatch::id).containsExactly("CVE-2020-8203");
        assertThat(suppressed.suppressed()).hasSize(2);
        assertThat(suppressed.countsBySeverity()).containsEntry(VulnerabilitySeverity.CRITICAL, 0)
                .containsEntry(VulnerabilitySeverity.HIGH, 1);
        assertThat(suppressed.activeUpgrades()).singleElement().satisfies(upgrade -> {
            assertThat(upgrade.matchedName()).isEqualTo("lodash");
            assertThat(upgrade.fixes()).containsExactly("CVE-2020-8203");
        });
    }

    @Test
    void vexNotAffectedSuppressesWithItsJustification() throws IOException {
        VulnerabilityReport suppressed = withVex(Set.of(), statement("CVE-2021-44228", "{\"@id\": \"" + LOG4J + "\"}",
                "not_affected", ", \"justification\": \"vulnerable_code_not_in_execute_path\""));

        assertThat(byId(suppressed, "CVE-2021-44228").suppression()).contains(new Suppression(Suppression.Kind.VEX,
                "vex.json", "statement 1 on CVE-2021-44228: not_affected (vulnerable_code_not_in_execute_path)"));
        assertThat(suppressed.suppressed()).hasSize(1);
    }

    @Test
    void vexFixedSuppressesAndAStatementMayNameTheVulnerabilityByAlias() throws IOException {
        VulnerabilityReport suppressed = withVex(Set.of(),
                statement("GHSA-p6mc-m468-83gw", "{\"identifiers\": {\"purl\": \"pkg:npm/lodash\"}}", "fixed", ""));

        assertThat(byId(suppressed, "CVE-2020-8203").isSuppressed()).isTrue();
        assertThat(byId(suppressed, "CVE-2021-23337").isSuppressed()).isFalse();
    }

    @Test
    void vexAffectedAndUnderInvestigationDoNotSuppress() throws IOException {
        VulnerabilityReport suppressed = withVex(Set.of(),
                statement("CVE-2021-44228", "{\"@id\": \"" + LOG4J + "\"}", "affected",
                        ", \"action_statement\": \"upgrade to 2.17.1\""),
                statement("CVE-2021-23337", "{\"@id\": \"pkg:npm/lodash@4.17.15\"}", "under_investigation", ""));

        assertThat(suppressed.suppressed()).isEmpty();
    }

    @Test
    void theLatestStatementDecides() throws IOException {
        String product = "{\"@id\": \"" + LOG4J + "\"}";
        VulnerabilityReport suppressed = withVex(Set.of(),
                statement("CVE-2021-44228", product, "affected", ", \"timestamp\": \"2024-06-01T00:00:00Z\""),
                statement("CVE-2021-44228", product, "not_affected",
                        ", \"justification\": \"component_not_present\", \"timestamp\": \"2024-03-01T00:00:00Z\""));

        assertThat(byId(suppressed, "CVE-2021-44228").isSuppressed()).isFalse();
    }

    @Test
    void aStatementForAnotherVersionOrPackageDoesNotApply() throws IOException {
        VulnerabilityReport suppressed = withVex(Set.of(),
                statement("CVE-2021-44228", "{\"@id\": \"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1\"}",
                        "not_affected", ", \"justification\": \"component_not_present\""),
                statement("CVE-2021-23337", "{\"@id\": \"pkg:npm/underscore\"}", "not_affected",
                        ", \"justification\": \"component_not_present\""));

        assertThat(suppressed.suppressed()).isEmpty();
    }

    @Test
    void theImageAsProductSuppressesItsListedSubcomponentsOnly() throws IOException {
        String image = "{\"@id\": \"pkg:oci/app@sha256%3A1111\", \"subcomponents\": [{\"@id\": \"pkg:npm/lodash\"}]}";
        String statement = statement("CVE-2021-23337", image, "not_affected",
                ", \"justification\": \"vulnerable_code_not_in_execute_path\"");

        VulnerabilityReport thisImage = withVex(Set.of("sha256:1111"), statement);
        VulnerabilityReport otherImage = withVex(Set.of("sha256:2222"), statement);

        assertThat(byId(thisImage, "CVE-2021-23337").isSuppressed()).isTrue();
        assertThat(thisImage.suppressed()).hasSize(1);
        assertThat(otherImage.suppressed()).isEmpty();
    }
}
