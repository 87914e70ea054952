package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PackageNamesTest {

    @ParameterizedTest
    @CsvSource({
        "PYPI, Zope.Interface, zope-interface",
        "PYPI, friendly__bard, friendly-bard",
        "PYPI, Friendly-._Bard, friendly-bard",
        "PYPI, requests, requests",
        "MAVEN, org.apache.logging.log4j:log4j-core, org.apache.logging.log4j:log4j-core",
        "NPM, @Babel/Core, @Babel/Core",
        "GO, github.com/Masterminds/semver, github.com/Masterminds/semver",
        "DEBIAN, apache-log4j2, apache-log4j2",
    })
    void normalisesOnlyWhereTheEcosystemDoes(Ecosystem ecosystem, String name, String expected) {
        assertThat(PackageNames.normalise(ecosystem, name)).isEqualTo(expected);
    }
}
