package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.image.attribution.DockerfileAttribution;
import dev.drydock.core.image.scan.HistoryStep;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.vuln.match.InMemoryAdvisories;
import dev.drydock.core.vuln.match.InstalledPackages;
import dev.drydock.core.vuln.match.PackageUpgrade;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import dev.drydock.core.vuln.version.VersionOrderings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.drydock.core.vuln.advice.AdviceChecks.HYGIENE_RULES;
import static dev.drydock.core.vuln.advice.AdviceChecks.advisory;
import static dev.drydock.core.vuln.advice.AdviceChecks.applied;
import static dev.drydock.core.vuln.advice.AdviceChecks.newFindings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade step on real Dockerfiles, with real advisories: glibc CVE-2023-4911 (Debian 12, fixed
 * 2.36-9+deb12u3), curl DSA-5523-1 (fixed 7.88.1-10+deb12u4), openssl CVE-2023-5363 (Alpine v3.18, fixed
 * 3.1.4-r0), and RHSA-2023:5453 (glibc 2.34-60.el9_2.7 fixes CVE-2023-4911 on RHEL 9.2, the base of UBI 9.2).
 */
class OsUpgradeAdviceTest {

    private static final DockerfileAttribution NO_HISTORY = DockerfileAttribution.of(Dockerfile.parse(""), List.of(), 0);

    private static final String DEBIAN = """
            FROM debian:12.1-slim
            RUN apt-get update \\
                && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u1 \\
                && rm -rf /var/lib/apt/lists/*
            COPY app /app
            USER 10001
            CMD ["/app/run"]
            """;

    private static VulnerabilityReport debianReport() {
        InstalledPackages packages = new InstalledPackages()
                .deb("libc6", "2.36-9+deb12u1", "glibc").deb("libc-bin", "2.36-9+deb12u1", "glibc")
                .inLayer(1).deb("curl", "7.88.1-10+deb12u1", "").deb("libcurl4", "7.88.1-10+deb12u1", "curl");
        return new VulnerabilityMatcher(new InMemoryAdvisories(List.of(advisory("match/DEBIAN-CVE-2023-4911"),
                advisory("osv/DSA-5523-1"))), VersionOrderings::of).match(packages.on("debian", "12", 0));
    }

    private static AdvisedFix advise(String dockerfile, List<PackageUpgrade> upgrades) {
        return OsUpgradeAdvice.of(Dockerfile.parse(dockerfile), upgrades, NO_HISTORY, path -> false).orElseThrow();
    }

    @Test
    void debianUpgradesTheBinaryPackagesAfterTheStagesLastAptStep() {
        AdvisedFix advice = advise(DEBIAN, debianReport().activeUpgrades());

        assertThat(applied(DEBIAN, advice)).isEqualTo("""
                FROM debian:12.1-slim
                RUN apt-get update \\
                    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u1 \\
                    && rm -rf /var/lib/apt/lists/*
                RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade \\
                    curl \\
                    libc-bin \\
                    libc6 \\
                    libcurl4 && rm -rf /var/lib/apt/lists/*
                COPY app /app
                USER 10001
                CMD ["/app/run"]
                """);
        assertThat(advice.fix().safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        assertThat(advice.title()).isEqualTo("Upgrade 4 packages in the final stage");
        assertThat(advice.vulnerabilityIds()).containsExactly("CVE-2023-4911", "DSA-5523-1");
        assertThat(advice.description())
                .contains("after line 2")
                .contains("glibc 2.36-9+deb12u1 → 2.36-9+deb12u3 (libc-bin, libc6)")
                .contains("curl 7.88.1-10+deb12u1 → 7.88.1-10+deb12u4 (curl, libcurl4)");
    }

    @Test
    void debianStepTriggersNoHygieneRuleOnlyThePinRuleForTheNamedPackages() {
        String fixed = applied(DEBIAN, advise(DEBIAN, debianReport().activeUpgrades()));

        List<String> added = newFindings(DEBIAN, fixed);
        assertThat(added).doesNotContainAnyElementsOf(HYGIENE_RULES);
        assertThat(added).containsOnly("DD3008").hasSize(4);
    }

    @Test
    void packagesOfTheBaseImageAloneAreUpgradedRightAfterFrom() {
        String dockerfile = """
                FROM debian:12.1-slim
                COPY app /app
                CMD ["/app/run"]
                """;
        List<PackageUpgrade> glibcOnly = debianReport().activeUpgrades().stream()
                .filter(upgrade -> upgrade.matchedName().equals("glibc")).toList();

        AdvisedFix advice = advise(dockerfile, glibcOnly);

        assertThat(applied(dockerfile, advice)).isEqualTo("""
                FROM debian:12.1-slim
                RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade libc-bin libc6 && rm -rf /var/lib/apt/lists/*
                COPY app /app
                CMD ["/app/run"]
                """);
        assertThat(advice.title()).isEqualTo("Upgrade libc-bin, libc6 in the final stage");
        assertThat(advice.description()).contains("right after FROM");
        assertThat(newFindings(dockerfile, applied(dockerfile, advice))).doesNotContainAnyElementsOf(HYGIENE_RULES);
    }

    @Test
    void historyPlacesTheStepAfterTheRunThatInstalledAnAffectedPackage() {
        String dockerfile = """
                FROM debian:12.1-slim
                COPY install-packages.sh /tmp/
                RUN /tmp/install-packages.sh
                CMD ["/app/run"]
                """;
        List<HistoryStep> history = List.of(
                new HistoryStep("/bin/sh -c #(nop) ADD file:6f5ad8c2a1d5d1b8e2c0d0e9a0b0c0d0e0f0a0b0c0d0e0f0a0b0c0d0e0f0a0b0 in / ", null, false, ""),
                new HistoryStep("/bin/sh -c #(nop)  CMD [\"bash\"]", null, true, ""),
                new HistoryStep("/bin/sh -c #(nop) COPY file:0b7c0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7 in /tmp/ ", null, false, ""),
                new HistoryStep("/bin/sh -c /tmp/install-packages.sh", null, false, ""),
                new HistoryStep("/bin/sh -c #(nop)  CMD [\"/app/run\"]", null, true, ""));
        Dockerfile parsed = Dockerfile.parse(dockerfile);
        DockerfileAttribution attribution = DockerfileAttribution.of(parsed, history, 3);
        List<PackageUpgrade> curlInLayer2 = new ArrayList<>();
        for (PackageUpgrade upgrade : debianReport().activeUpgrades()) {
            if (upgrade.matchedName().equals("curl")) {
                Located<PackageFact> pkg = new Located<>(upgrade.pkg().fact(), 2, false);
                curlInLayer2.add(new PackageUpgrade(pkg, upgrade.matchedName(), upgrade.installed(), upgrade.target(),
                        upgrade.fixes()));
            }
        }

        AdvisedFix advice = OsUpgradeAdvice.of(parsed, curlInLayer2, attribution, path -> false).orElseThrow();

        assertThat(applied(dockerfile, advice)).isEqualTo("""
                FROM debian:12.1-slim
                COPY install-packages.sh /tmp/
                RUN /tmp/install-packages.sh
                RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade curl libcurl4 && rm -rf /var/lib/apt/lists/*
                CMD ["/app/run"]
                """);
    }

    @Test
    void alpineUpgradesWithApkAndNoCache() {
        String dockerfile = """
                FROM alpine:3.18.3
                RUN apk add --no-cache ca-certificates=20230506-r0 \\
                    && addgroup -S app && adduser -S app -G app
                COPY --chown=app:app app /app
                USER app
                ENTRYPOINT ["/app/run"]
                """;
        InstalledPackages packages = new InstalledPackages()
                .apk("libcrypto3", "3.1.2-r0", "openssl").apk("libssl3", "3.1.2-r0", "openssl");
        VulnerabilityReport report = new VulnerabilityMatcher(new InMemoryAdvisories(
                List.of(advisory("match/ALPINE-CVE-2023-5363"))), VersionOrderings::of).match(packages.on("alpine", "3.18.3", 0));

        AdvisedFix advice = advise(dockerfile, report.activeUpgrades());

        String fixed = applied(dockerfile, advice);
        assertThat(fixed).isEqualTo("""
                FROM alpine:3.18.3
                RUN apk add --no-cache ca-certificates=20230506-r0 \\
                    && addgroup -S app && adduser -S app -G app
                RUN apk upgrade --no-cache libcrypto3 libssl3
                COPY --chown=app:app app /app
                USER app
                ENTRYPOINT ["/app/run"]
                """);
        assertThat(advice.description()).contains("openssl 3.1.2-r0 → 3.1.4-r0 (libcrypto3, libssl3)");
        assertThat(newFindings(dockerfile, fixed)).isEmpty();
    }

    /** RHSA-2023:5453: glibc 2.34-60.el9_2.7 fixes CVE-2023-4911 on RHEL 9.2 (UBI 9.2 shipped 2.34-60.el9). */
    private static List<PackageUpgrade> ubiGlibc() {
        List<PackageUpgrade> upgrades = new ArrayList<>();
        for (String name : List.of("glibc", "glibc-common", "glibc-minimal-langpack")) {
            PackageFact fact = new PackageFact(PackageType.RPM, "redhat", name, "2.34-60.el9", "glibc", "", "x86_64",
                    "LGPLv2+", "pkg:rpm/redhat/" + name + "@2.34-60.el9?arch=x86_64", "var/lib/rpm/rpmdb.sqlite");
            upgrades.add(new PackageUpgrade(new Located<>(fact, 0, false), "glibc", "2.34-60.el9", "2.34-60.el9_2.7",
                    List.of("CVE-2023-4911")));
        }
        return upgrades;
    }

    @Test
    void ubiMinimalUpgradesWithTheMicrodnfTheStageUsesBeforeItsNonRootUser() {
        String dockerfile = """
                FROM registry.access.redhat.com/ubi9/ubi-minimal:9.2
                RUN microdnf install -y shadow-utils-4.9-6.el9 && microdnf clean all
                USER 1001
                COPY app /app
                CMD ["/app/run"]
                """;

        AdvisedFix advice = advise(dockerfile, ubiGlibc());

        String fixed = applied(dockerfile, advice);
        assertThat(fixed).isEqualTo("""
                FROM registry.access.redhat.com/ubi9/ubi-minimal:9.2
                RUN microdnf install -y shadow-utils-4.9-6.el9 && microdnf clean all
                RUN microdnf upgrade -y glibc glibc-common glibc-minimal-langpack && microdnf clean all
                USER 1001
                COPY app /app
                CMD ["/app/run"]
                """);
        assertThat(newFindings(dockerfile, fixed)).doesNotContainAnyElementsOf(HYGIENE_RULES);
    }

    @Test
    void ubiWithoutPackageStepsUsesTheFrontEndTheImageHas() {
        String dockerfile = """
                FROM registry.access.redhat.com/ubi9/ubi:9.2
                COPY app /app
                """;
        Set<String> files = Set.of("usr/bin/dnf", "usr/bin/yum");

        AdvisedFix advice = OsUpgradeAdvice.of(Dockerfile.parse(dockerfile), ubiGlibc(), NO_HISTORY, files::contains)
                .orElseThrow();

        String fixed = applied(dockerfile, advice);
        assertThat(fixed).isEqualTo("""
                FROM registry.access.redhat.com/ubi9/ubi:9.2
                RUN dnf upgrade -y glibc glibc-common glibc-minimal-langpack && dnf clean all
                COPY app /app
                """);
        assertThat(newFindings(dockerfile, fixed)).isEmpty();
    }

    @Test
    void nothingToUpgradeGivesNoAdvice() {
        assertThat(OsUpgradeAdvice.of(Dockerfile.parse(DEBIAN), List.of(), NO_HISTORY, path -> false)).isEqualTo(Optional.empty());
    }
}
