package dev.drydock.core.vuln.advice;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.vuln.match.InMemoryAdvisories;
import dev.drydock.core.vuln.match.InstalledPackages;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import dev.drydock.core.vuln.version.VersionOrderings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.drydock.core.vuln.advice.AdviceChecks.advisory;
import static dev.drydock.core.vuln.advice.AdviceChecks.applied;
import static dev.drydock.core.vuln.advice.AdviceChecks.newFindings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base image advice from two made-up images matched against real advisories: the built image inherits
 * glibc 2.36-9+deb12u1 (CVE-2023-4911, high) and log4j-core 2.14.1 (CVE-2021-44228, critical) from its base,
 * and adds lodash 4.17.20 (CVE-2021-23337, high) itself; the newer base has glibc 2.36-9+deb12u3.
 */
class BaseImageAdviceTest {

    private static final String DOCKERFILE = """
            FROM node:20.10.0-bookworm-slim
            COPY app /app
            USER node
            CMD ["node", "/app/server.js"]
            """;

    private static final VulnerabilityMatcher MATCHER = new VulnerabilityMatcher(new InMemoryAdvisories(List.of(
            advisory("match/DEBIAN-CVE-2023-4911"), advisory("match/GHSA-jfh8-c2jp-5v3q"),
            advisory("match/GHSA-35jh-r3h4-6jhm"))), VersionOrderings::of);

    private static VulnerabilityReport builtImage() {
        return MATCHER.match(new InstalledPackages().deb("libc6", "2.36-9+deb12u1", "glibc")
                .jar("org.apache.logging.log4j", "log4j-core", "2.14.1")
                .inLayer(1).npm("lodash", "4.17.20").on("debian", "12", 0));
    }

    private static VulnerabilityReport newerBase() {
        return MATCHER.match(new InstalledPackages().deb("libc6", "2.36-9+deb12u3", "glibc")
                .jar("org.apache.logging.log4j", "log4j-core", "2.14.1").on("debian", "12", 0));
    }

    @Test
    void offersTheNewerTagWithFewerCriticalAndHighAndSaysByHowMuch() {
        SeverityCounts current = SeverityCounts.inherited(builtImage());
        SeverityCounts newer = SeverityCounts.of(newerBase());
        assertThat(current).isEqualTo(new SeverityCounts(1, 1));
        assertThat(newer).isEqualTo(new SeverityCounts(1, 0));

        AdvisedFix advice = BaseImageAdvice.advise(Dockerfile.parse(DOCKERFILE), current,
                Map.of("node:20.11.0-bookworm-slim", newer)).orElseThrow();

        assertThat(advice.description()).isEqualTo(
                "node:20.10.0-bookworm-slim → node:20.11.0-bookworm-slim: critical 1 → 1, high 1 → 0");
        assertThat(advice.title()).isEqualTo("Change FROM node:20.10.0-bookworm-slim to node:20.11.0-bookworm-slim");
        assertThat(advice.fix().safety()).isEqualTo(Fix.Safety.NEEDS_REVIEW);
        String fixed = applied(DOCKERFILE, advice);
        assertThat(fixed).isEqualTo("""
                FROM node:20.11.0-bookworm-slim
                COPY app /app
                USER node
                CMD ["node", "/app/server.js"]
                """);
        assertThat(newFindings(DOCKERFILE, fixed)).isEmpty();
    }

    @Test
    void noAdviceWhenNoNewerTagOfTheLineIsBetter() {
        SeverityCounts current = SeverityCounts.inherited(builtImage());
        Map<String, SeverityCounts> others = Map.of(
                "node:20.11.0-bookworm-slim", SeverityCounts.inherited(builtImage()),
                "node:20.9.0-bookworm-slim", new SeverityCounts(0, 0),
                "node:21.5.0-bookworm-slim", new SeverityCounts(0, 0),
                "node:20.11.0", new SeverityCounts(0, 0));

        assertThat(BaseImageAdvice.advise(Dockerfile.parse(DOCKERFILE), current, others)).isEmpty();
    }

    @Test
    void amongBetterTagsTheFewestWinThenTheNewest() {
        Map<String, SeverityCounts> others = Map.of(
                "node:20.11.0-bookworm-slim", new SeverityCounts(0, 1),
                "node:20.11.1-bookworm-slim", new SeverityCounts(0, 0),
                "node:20.12.0-bookworm-slim", new SeverityCounts(0, 0));

        AdvisedFix advice = BaseImageAdvice.advise(Dockerfile.parse(DOCKERFILE), new SeverityCounts(1, 1), others)
                .orElseThrow();

        assertThat(advice.description()).startsWith("node:20.10.0-bookworm-slim → node:20.12.0-bookworm-slim:");
    }

    @Test
    void newerLocalTagsAreTheSameLineVariantAndPrecision() {
        List<String> local = List.of("node:20.11.0-bookworm-slim", "node:20.11.0", "node:20.9.0-bookworm-slim",
                "node:21.5.0-bookworm-slim", "node:20-bookworm-slim", "node:latest", "python:3.12.1-slim",
                "node:20.10.0-bookworm-slim", "node:20.12.2-bookworm-slim");

        assertThat(BaseImageAdvice.newerLocalTags(Dockerfile.parse(DOCKERFILE), local))
                .containsExactly("node:20.11.0-bookworm-slim", "node:20.12.2-bookworm-slim");
    }

    @Test
    void registryAndDigestAsWrittenAreKeptAndDroppedAndStagesAndVariablesAreLeftAlone() {
        String pinned = "FROM docker.io/library/node:20.10.0-bookworm-slim@sha256:"
                + "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n";
        AdvisedFix advice = BaseImageAdvice.advise(Dockerfile.parse(pinned), new SeverityCounts(1, 1),
                Map.of("node:20.11.0-bookworm-slim", new SeverityCounts(0, 0))).orElseThrow();
        assertThat(applied(pinned, advice)).isEqualTo("FROM docker.io/library/node:20.11.0-bookworm-slim\n");

        for (String other : List.of("FROM node:20.10.0 AS base\nFROM base\n", "ARG V=20.10.0\nFROM node:${V}\n",
                "FROM scratch\n")) {
            assertThat(BaseImageAdvice.advise(Dockerfile.parse(other), new SeverityCounts(1, 1),
                    Map.of("node:20.11.0", new SeverityCounts(0, 0)))).as(other).isEmpty();
        }
    }
}
