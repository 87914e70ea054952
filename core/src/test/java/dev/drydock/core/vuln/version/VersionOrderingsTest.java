package dev.drydock.core.vuln.version;

import dev.drydock.core.vuln.Ecosystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOrderingsTest {

    @ParameterizedTest
    @EnumSource(Ecosystem.class)
    void everyEcosystemHasAnOrdering(Ecosystem ecosystem) {
        assertThat(VersionOrderings.of(ecosystem)).isNotNull();
    }

    /** One pair per ecosystem that only its own ordering gets right (a plain string or semver compare would not). */
    @ParameterizedTest
    @CsvSource({
            "DEBIAN, 1.0~rc1, 1.0",
            "UBUNTU, 2.35-0ubuntu3.1, 2.35-0ubuntu3.10",
            "ALPINE, 1.2.3_rc1, 1.2.3",
            "RED_HAT, 1.1.1k-7.el8_6, 1.1.1k-9.el8_7",
            "ALMALINUX, 1.0~rc1, 1.0",
            "ROCKY_LINUX, 1.0, 1.0^git1",
            "MAVEN, 2.0-beta9, 2.0",
            "NPM, 1.0.0-alpha, 1.0.0",
            "PYPI, 1.0, 1.0.post1",
            "GO, v0.9.0, v0.17.0",
            "RUBYGEMS, 1.0.a, 1.0",
    })
    void eachEcosystemUsesItsOwnRules(Ecosystem ecosystem, String older, String newer) {
        VersionOrdering ordering = VersionOrderings.of(ecosystem);

        assertThat(ordering.compare(older, newer)).isNegative();
        assertThat(ordering.compare(newer, older)).isPositive();
    }
}
