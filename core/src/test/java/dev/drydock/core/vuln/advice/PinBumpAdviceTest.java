package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixAllResult;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.vuln.match.InMemoryAdvisories;
import dev.drydock.core.vuln.match.InstalledPackages;
import dev.drydock.core.vuln.match.PackageUpgrade;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;
import dev.drydock.core.vuln.version.VersionOrderings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drydock.core.vuln.advice.AdviceChecks.advisory;
import static dev.drydock.core.vuln.advice.AdviceChecks.applied;
import static dev.drydock.core.vuln.advice.AdviceChecks.newFindings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bumps of pinned language packages, with real facts: lodash 4.17.20 is fixed in 4.17.21
 * (GHSA-35jh-r3h4-6jhm, CVE-2021-23337), Django 4.2.10 fixes CVE-2024-24680 in the 4.2 line, Nokogiri 1.13.4
 * fixes CVE-2022-24836 (GHSA-crjr-9rc5-ghw8), golang.org/x/net 0.17.0 fixes CVE-2023-44487 (GHSA-qppj-fm5r-hxr3).
 */
class PinBumpAdviceTest {

    private static List<PackageUpgrade> lodash() {
        InstalledPackages packages = new InstalledPackages().inLayer(3).npm("lodash", "4.17.20");
        return new VulnerabilityMatcher(new InMemoryAdvisories(List.of(advisory("match/GHSA-35jh-r3h4-6jhm"),
                advisory("match/GHSA-p6mc-m468-83gw"))), VersionOrderings::of).match(packages.on("debian", "12"))
                .activeUpgrades();
    }

    private static List<PackageUpgrade> upgrade(PackageType type, String name, String installed, String target, String id) {
        PackageFact fact = new PackageFact(type, "", name, installed, "", "", "", "", "", "");
        return List.of(new PackageUpgrade(new Located<>(fact, 2, false), name, installed, target, List.of(id)));
    }

    @Test
    void npmPinsInEveryStageAreBumpedToTheMinimalFixedVersion() {
        String dockerfile = """
                FROM node:20.10.0-bookworm-slim AS build
                WORKDIR /src
                RUN npm install --omit=dev lodash@4.17.20 express@4.18.2
                FROM node:20.10.0-bookworm-slim
                RUN npm i -g "lodash@4.17.20" && npm cache clean --force
                COPY --from=build /src/node_modules /app/node_modules
                """;

        List<AdvisedFix> advice = PinBumpAdvice.of(Dockerfile.parse(dockerfile), lodash());

        assertThat(advice).hasSize(2).allSatisfy(fix -> {
            assertThat(fix.title()).isEqualTo("Bump lodash to 4.17.21 in npm install");
            assertThat(fix.fix().safety()).isEqualTo(Fix.Safety.SAFE);
            assertThat(fix.vulnerabilityIds()).containsExactly("CVE-2021-23337");
        });
        assertThat(advice.get(0).description()).isEqualTo(
                "lodash 4.17.20 → 4.17.21 (line 3), the smallest version that fixes CVE-2021-23337.");
        FixAllResult both = new FixApplier().applyAll(dockerfile, advice.stream().map(AdvisedFix::fix).toList());
        assertThat(both.text()).isEqualTo("""
                FROM node:20.10.0-bookworm-slim AS build
                WORKDIR /src
                RUN npm install --omit=dev lodash@4.17.21 express@4.18.2
                FROM node:20.10.0-bookworm-slim
                RUN npm i -g "lodash@4.17.21" && npm cache clean --force
                COPY --from=build /src/node_modules /app/node_modules
                """);
        assertThat(newFindings(dockerfile, both.text())).isEmpty();
    }

    @Test
    void pipPinIsBumpedWithinTheSameMinorAsSafe() {
        String dockerfile = """
                FROM python:3.12.1-slim
                RUN pip install --no-cache-dir gunicorn==21.2.0 Django==4.2.7
                """;

        List<AdvisedFix> advice = PinBumpAdvice.of(Dockerfile.parse(dockerfile),
                upgrade(PackageType.PYPI, "django", "4.2.7", "4.2.10", "CVE-2024-24680"));

        assertThat(advice).singleElement().satisfies(fix -> {
            assertThat(applied(dockerfile, fix)).isEqualTo("""
                    FROM python:3.12.1-slim
                    RUN pip install --no-cache-dir gunicorn==21.2.0 Django==4.2.10
                    """);
            assertThat(fix.fix().safety()).isEqualTo(Fix.Safety.SAFE);
            assertThat(newFindings(dockerfile, applied(dockerfile, fix))).isEmpty();
        });
    }

    @Test
    void pythonMinusMPipIsReadToo() {
        String dockerfile = """
                FROM python:3.12.1-slim
                RUN python3 -m pip install --no-cache-dir 'django==4.2.7'
                """;

        List<AdvisedFix> advice = PinBumpAdvice.of(Dockerfile.parse(dockerfile),
                upgrade(PackageType.PYPI, "Django", "4.2.7", "4.2.10", "CVE-2024-24680"));

        assertThat(advice).singleElement().satisfies(fix -> assertThat(applied(dockerfile, fix))
                .endsWith("RUN python3 -m pip install --no-cache-dir 'django==4.2.10'\n"));
    }

    @Test
    void gemVersionOptionAndColonFormAreBumped() {
        String dockerfile = """
                FROM ruby:3.2.2-slim
                RUN gem install nokogiri -v 1.13.3 --no-document
                RUN gem install nokogiri:1.13.3
                """;

        List<AdvisedFix> advice = PinBumpAdvice.of(Dockerfile.parse(dockerfile),
                upgrade(PackageType.GEM, "nokogiri", "1.13.3", "1.13.4", "CVE-2022-24836"));

        FixAllResult both = new FixApplier().applyAll(dockerfile, advice.stream().map(AdvisedFix::fix).toList());
        assertThat(both.text()).isEqualTo("""
                FROM ruby:3.2.2-slim
                RUN gem install nokogiri -v 1.13.4 --no-document
                RUN gem install nokogiri:1.13.4
                """);
        assertThat(advice).extracting(AdvisedFix::title).containsOnly("Bump nokogiri to 1.13.4 in gem install");
    }

    @Test
    void goInstallOfAPackageInTheModuleKeepsTheVAndNeedsReviewForANewMinor() {
        String dockerfile = """
                FROM golang:1.21.3 AS tools
                RUN go install golang.org/x/net/html/atom@v0.15.0
                """;

        List<AdvisedFix> advice = PinBumpAdvice.of(Dockerfile.parse(dockerfile),
                upgrade(PackageType.GOLANG, "golang.org/x/net", "v0.15.0", "0.17.0", "CVE-2023-44487"));

        assertThat(advice).singleElement().satisfies(fix -> {
            assertThat(applied(dockerfile, fix)).endsWith("RUN go install golang.org/x/net/html/atom@v0.17.0\n");
            assertThat(fix.fix().safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        });
    }

    @Test
    void pinsOfOtherVersionsRangesAndOtherPackagesAreLeftAlone() {
        String dockerfile = """
                FROM node:20.10.0-bookworm-slim
                RUN npm install lodash@4.17.15 lodash-es@4.17.20 && npm install lodash@^4.17.0
                RUN pip install django==4.2.7
                """;

        assertThat(PinBumpAdvice.of(Dockerfile.parse(dockerfile), lodash())).isEmpty();
    }

    @Test
    void onlyPatchReleasesOfAStableLineAreSafe() {
        assertThat(VersionBump.isPatchOnly("4.17.20", "4.17.21")).isTrue();
        assertThat(VersionBump.isPatchOnly("v1.2.3", "v1.2.9")).isTrue();
        assertThat(VersionBump.isPatchOnly("4.2.7", "5.0.2")).isFalse();
        assertThat(VersionBump.isPatchOnly("4.17.20", "4.18.0")).isFalse();
        assertThat(VersionBump.isPatchOnly("0.15.0", "0.15.1")).isFalse();
        assertThat(VersionBump.isPatchOnly("2.14.1", "2.15.0-rc1")).isFalse();
        assertThat(VersionBump.isPatchOnly("1.2", "1.2.1")).isFalse();
    }
}
