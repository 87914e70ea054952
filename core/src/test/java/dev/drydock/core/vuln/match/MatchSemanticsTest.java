package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.version.VersionOrderings;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.drydock.core.vuln.match.TestAdvisory.advisory;
import static dev.drydock.core.vuln.match.TestAdvisory.ecosystem;
import static dev.drydock.core.vuln.match.TestAdvisory.entry;
import static dev.drydock.core.vuln.match.TestAdvisory.fixed;
import static dev.drydock.core.vuln.match.TestAdvisory.git;
import static dev.drydock.core.vuln.match.TestAdvisory.introduced;
import static dev.drydock.core.vuln.match.TestAdvisory.semver;
import static org.assertj.core.api.Assertions.assertThat;

/** Record-level rules: withdrawn records, Git-only records, alias merging, name forms per ecosystem. */
class MatchSemanticsTest {

    private static VulnerabilityReport match(List<OsvRecord> records, InstalledPackages packages) {
        return new VulnerabilityMatcher(new InMemoryAdvisories(records), VersionOrderings::of).match(packages.on("debian", "12"));
    }

    @Test
    void withdrawnRecordsAreSkippedWithANote() {
        OsvRecord withdrawn = advisory("TEST-WITHDRAWN").withdrawn("2023-05-01T00:00:00Z")
                .affects(entry("npm", "example-lib", semver(introduced("0"), fixed("2.0.0")))).build();

        VulnerabilityReport report = match(List.of(withdrawn), new InstalledPackages().npm("example-lib", "1.0.0"));

        assertThat(report.matches()).isEmpty();
        assertThat(report.notes()).singleElement().asString().contains("TEST-WITHDRAWN was withdrawn on 2023-05-01");
    }

    @Test
    void gitOnlyRecordsAreNoted() {
        OsvRecord gitOnly = advisory("TEST-GIT").affects(entry("npm", "example-lib", git(introduced("0")))).build();

        VulnerabilityReport report = match(List.of(gitOnly), new InstalledPackages().npm("example-lib", "1.0.0"));

        assertThat(report.matches()).isEmpty();
        assertThat(report.notes()).singleElement().asString().contains("TEST-GIT gives only Git commit ranges");
    }

    @Test
    void aGhsaAndTheCveRecordItAliasesAreOneMatch() {
        OsvRecord cve = advisory("CVE-2021-44228").affects(entry("Maven", "org.apache.logging.log4j:log4j-core",
                ecosystem(introduced("2.13.0"), fixed("2.15.0")))).build();
        List<OsvRecord> records = List.of(RealAdvisories.load("GHSA-jfh8-c2jp-5v3q"), cve);

        VulnerabilityReport report = match(records,
                new InstalledPackages().jar("org.apache.logging.log4j", "log4j-core", "2.14.1"));

        assertThat(report.matches()).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo("CVE-2021-44228");
            assertThat(match.ids()).containsExactly("CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q");
            assertThat(match.advisories()).containsExactly("CVE-2021-44228", "GHSA-jfh8-c2jp-5v3q");
            assertThat(match.summary()).isEqualTo("Remote code injection in Log4j");
        });
    }

    @Test
    void anAdvisoryFixingSeveralCvesJoinsEachOfThem() {
        OsvRecord first = advisory("TEST-CVE-A").upstream("CVE-0000-0001")
                .affects(entry("Debian:12", "example-src", ecosystem(introduced("0"), fixed("1.0-2")))).build();
        OsvRecord second = advisory("TEST-CVE-B").upstream("CVE-0000-0002")
                .affects(entry("Debian:12", "example-src", ecosystem(introduced("0"), fixed("1.0-3")))).build();
        OsvRecord both = advisory("TEST-DSA").upstream("CVE-0000-0001", "CVE-0000-0002")
                .affects(entry("Debian:12", "example-src", ecosystem(introduced("0"), fixed("1.0-3")))).build();

        VulnerabilityReport report = match(List.of(first, second, both),
                new InstalledPackages().deb("example-bin", "1.0-1", "example-src"));

        assertThat(report.matches()).extracting(VulnerabilityMatch::id)
                .containsExactlyInAnyOrder("CVE-0000-0001", "CVE-0000-0002");
        assertThat(report.matches()).allSatisfy(match -> assertThat(match.ids()).contains("TEST-DSA"));
        assertThat(report.upgrades()).singleElement().satisfies(upgrade -> assertThat(upgrade.target()).isEqualTo("1.0-3"));
    }

    @Test
    void anAdvisoryFixingSeveralCvesStandsAloneUnderItsOwnId() {
        OsvRecord both = advisory("TEST-DSA").upstream("CVE-0000-0001", "CVE-0000-0002")
                .affects(entry("Debian:12", "example-src", ecosystem(introduced("0"), fixed("1.0-3")))).build();

        VulnerabilityReport report = match(List.of(both), new InstalledPackages().deb("example-bin", "1.0-1", "example-src"));

        assertThat(report.matches()).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo("TEST-DSA");
            assertThat(match.ids()).containsExactly("TEST-DSA", "CVE-0000-0001", "CVE-0000-0002");
        });
    }

    @Test
    void scopedNpmPackagesAreLookedUpWithTheirScope() {
        OsvRecord scoped = advisory("TEST-SCOPED")
                .affects(entry("npm", "@example/lib", semver(introduced("0"), fixed("2.0.0")))).build();

        VulnerabilityReport report = match(List.of(scoped), new InstalledPackages().npm("@example/lib", "1.5.0"));

        assertThat(report.matches()).singleElement()
                .satisfies(match -> assertThat(match.matchedName()).isEqualTo("@example/lib"));
    }

    @Test
    void pypiNamesAreNormalisedAndGoVersionsLoseTheirV() {
        OsvRecord python = advisory("TEST-PYPI")
                .affects(entry("PyPI", "example-lib", ecosystem(introduced("0"), fixed("2.0")))).build();
        OsvRecord go = advisory("TEST-GO")
                .affects(entry("Go", "example.com/mod/v2", semver(introduced("0"), fixed("2.3.0")))).build();
        PackageFact pythonFact = new PackageFact(PackageType.PYPI, "", "Example_Lib", "1.0", "", "", "", "",
                "pkg:pypi/example-lib@1.0", "usr/lib/python3/dist-packages/Example_Lib-1.0.dist-info/METADATA");
        PackageFact goFact = new PackageFact(PackageType.GOLANG, "example.com/mod", "v2", "v2.2.1", "", "", "", "",
                "pkg:golang/example.com/mod/v2@v2.2.1", "usr/bin/tool");
        ImageInventory inventory = new ImageInventory(List.of(new Located<>(pythonFact, 1, false),
                new Located<>(goFact, 1, false)), Optional.empty(), Set.of());

        VulnerabilityReport report = new VulnerabilityMatcher(new InMemoryAdvisories(List.of(python, go)), VersionOrderings::of)
                .match(inventory);

        assertThat(report.matches()).extracting(VulnerabilityMatch::matchedName, VulnerabilityMatch::matchedVersion)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("example-lib", "1.0"),
                        org.assertj.core.groups.Tuple.tuple("example.com/mod/v2", "2.2.1"));
    }

    @Test
    void packagesOfAnotherDistributionAreNoted() {
        VulnerabilityReport report = new VulnerabilityMatcher(new InMemoryAdvisories(List.of()), VersionOrderings::of)
                .match(new InstalledPackages().apk("busybox", "1.36.1-r2", "busybox").on("debian", "12"));

        assertThat(report.notes()).singleElement().asString().contains("Debian 12 does not use apk packages");
    }

    @Test
    void unorderableInstalledVersionsAreNoted() {
        OsvRecord record = advisory("TEST-RANGE")
                .affects(entry("npm", "example-lib", semver(introduced("0"), fixed("2.0.0")))).build();

        VulnerabilityReport report = match(List.of(record), new InstalledPackages().npm("example-lib", "latest-build"));

        assertThat(report.matches()).isEmpty();
        assertThat(report.notes()).singleElement().asString()
                .contains("example-lib latest-build (npm)", "cannot be ordered");
    }
}
