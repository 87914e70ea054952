package dev.drydock.core.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MavenVersionOrderingTest {

    private static final VersionOrdering MAVEN = new MavenVersionOrdering();

    private static final List<VersionChain> TABLE = VersionChain.read("""
            # The POM reference's "version order specification" examples
            1 < 1.1
            1-snapshot < 1 < 1-sp
            1-foo2 < 1-foo10
            1.foo = 1-foo < 1-1 < 1.1
            1.ga = 1-ga = 1-0 = 1.0 = 1
            1-ga < 1-sp
            1-ga.1 < 1-sp.1
            1-sp-1 < 1-ga-1
            1-a1 = 1-alpha-1
            # Known qualifiers in their order; unknown ones after sp, alphabetically
            1.0-alpha-1 < 1.0-beta-1 < 1.0-milestone-1 < 1.0-rc-1 < 1.0-SNAPSHOT < 1.0 < 1.0-sp-1
            1.0-alpha1 = 1.0-a1 = 1.0a1 = 1.0-ALPHA-1
            1.0-beta1 = 1.0-b1 = 1.0b1
            1.0-M1 = 1.0-milestone-1 = 1.0-m1
            1.0-cr1 = 1.0-rc1 = 1.0.RC1 = 1.0-RC1
            1.0-SNAPSHOT = 1.0-snapshot
            1.0.0.Final = 1.0.0.RELEASE = 1.0.0-GA = 1.0.0 = 1.0 = 1
            1.0 < 1.0-sp < 1.0-abc < 1.0-xyz < 1.0-1 < 1.0.1
            # Numbers compare as numbers, of any size
            1.9 < 1.10 < 1.10.1 < 2
            1.0.9 < 1.0.10
            9999999999999999999 < 10000000000000000000
            # log4j-core releases (CVE-2021-44228: introduced 2.0-beta9; fixed 2.3.1, 2.12.2, 2.15.0)
            2.0-alpha1 < 2.0-beta9 < 2.0-rc1 < 2.0-rc2 < 2.0 < 2.0.1 < 2.3 < 2.3.1 < 2.3.2 < 2.12.1 < 2.12.2 < 2.12.4 < 2.14.1 < 2.15.0 < 2.16.0 < 2.17.0 < 2.17.1
            # jackson-databind's extra micro releases
            2.13.4 < 2.13.4.1 < 2.13.4.2 < 2.13.5
            # Spring Framework: .RELEASE suffixes up to 5.2, none from 5.3
            4.3.30.RELEASE < 5.2.20.RELEASE < 5.3.17 < 5.3.18
            5.2.20.RELEASE = 5.2.20
            # Netty and Hibernate style .Final
            4.1.94.Final < 4.1.100.Final
            # Guava flavours
            31.1-android < 31.1-jre < 32.0.0-android < 32.0.0-jre
            # commons-text (CVE-2022-42889 fixed in 1.10.0), snakeyaml
            1.9 < 1.10.0
            1.33 < 2.0
            """);

    static Stream<VersionChain> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersVersionsAsMavenDoes(VersionChain chain) {
        chain.assertHolds(MAVEN);
    }

    @Test
    void theWholeTableIsOneConsistentOrder() {
        VersionChain.assertConsistentOrder(MAVEN, VersionChain.versionsOf(TABLE));
    }

    @Test
    void everyVersionInTheTableIsValid() {
        assertThat(VersionChain.versionsOf(TABLE)).allMatch(MAVEN::isValid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "foo", "1.0 beta", "[1.0,2.0)", "-", "."})
    void anyNonBlankTextIsAMavenVersion(String version) {
        assertThat(MAVEN.isValid(version)).isTrue();
        assertThat(MAVEN.compare(version, version)).isZero();
    }

    @Test
    void surroundingWhitespaceIsNotPartOfTheVersion() {
        assertThat(MAVEN.compare(" 2.15.0\n", "2.15.0")).isZero();
        assertThat(MAVEN.compare("\t2.0-beta9 ", "2.0-rc1")).isNegative();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankTextIsNotAVersion(String version) {
        assertThat(MAVEN.isValid(version)).isFalse();
        assertThatThrownBy(() -> MAVEN.compare(version, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a Maven version:");
        assertThatThrownBy(() -> MAVEN.compare("1.0", version))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
