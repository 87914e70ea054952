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

class SemVerOrderingTest {

    private static final VersionOrdering SEMVER = new SemVerOrdering();

    private static final List<VersionChain> TABLE = VersionChain.read("""
            # SemVer 2.0.0 §11, its own examples
            1.0.0 < 2.0.0 < 2.1.0 < 2.1.1
            1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0
            # Numbers are numbers, in the version and in pre-release identifiers
            1.9.0 < 1.10.0 < 1.10.1 < 10.0.0
            0.0.9 < 0.0.10 < 0.1.0
            1.0.0-2 < 1.0.0-10 < 1.0.0-a
            1.0.0-alpha.2 < 1.0.0-alpha.10 < 1.0.0-alpha.a
            1.0.0-0 < 1.0.0-0.0 < 1.0.0-1
            9223372036854775807.0.0 < 9223372036854775808.0.0
            1.2.3-9223372036854775808 < 1.2.3-9223372036854775809
            # Alphanumeric identifiers in ASCII order; a longer set after its own prefix
            1.0.0-Alpha < 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha-1 < 1.0.0-alpha0
            1.0.0-rc.1 < 1.0.0-rc1
            1.0.0-beta < 1.0.0-beta.0 < 1.0.0-beta.0.0
            # Build metadata does not count (SemVer §10 examples)
            1.0.0-alpha+001 = 1.0.0-alpha
            1.0.0+20130313144700 = 1.0.0 = 1.0.0+21AF26D3----117B344092BD
            1.0.0-beta+exp.sha.5114f85 = 1.0.0-beta < 1.0.0-beta.2+build.9
            # A leading v, as OSV SEMVER ranges and tags sometimes carry it
            v4.17.21 = 4.17.21
            v1.0.0-rc.1 < 1.0.0
            # lodash (CVE-2020-8203 fixed 4.17.19, CVE-2021-23337 fixed 4.17.21)
            4.17.15 < 4.17.19 < 4.17.20 < 4.17.21
            # react 18 release candidates
            17.0.2 < 18.0.0-rc.0 < 18.0.0-rc.1 < 18.0.0 < 18.2.0
            # express 5 pre-releases
            4.17.1 < 4.18.2 < 5.0.0-alpha.8 < 5.0.0-beta.1 < 5.0.0
            # minimist (CVE-2021-44906 fixed 1.2.6)
            1.2.5 < 1.2.6
            """);

    static Stream<VersionChain> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersBySemVerPrecedence(VersionChain chain) {
        chain.assertHolds(SEMVER);
    }

    @Test
    void theWholeTableIsOneConsistentOrder() {
        VersionChain.assertConsistentOrder(SEMVER, VersionChain.versionsOf(TABLE));
    }

    @Test
    void everyVersionInTheTableIsValid() {
        assertThat(VersionChain.versionsOf(TABLE)).allMatch(SEMVER::isValid);
    }

    /** Valid examples from the test list semver.org gives for its regular expression. */
    @ParameterizedTest
    @ValueSource(strings = {"0.0.4", "10.20.30", "1.1.2-prerelease+meta", "1.1.2+meta-valid", "1.0.0-alpha0.valid",
        "1.0.0-alpha.0valid", "1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay", "10.2.3-DEV-SNAPSHOT",
        "1.2.3----RC-SNAPSHOT.12.9.1--.12+788", "1.0.0+0.build.1-rc.10000aaa-kk-0.1", "1.0.0-0A.is.legal",
        "99999999999999999999999.999999999999999999.99999999999999999", " 1.2.3 "})
    void acceptsSemVer(String version) {
        assertThat(SEMVER.isValid(version)).isTrue();
        assertThat(SEMVER.compare(version, version)).isZero();
    }

    /** Invalid examples from semver.org's regular-expression test list, plus npm range syntax and tags. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "1", "1.2", "1.2.3.4", "01.1.1", "1.01.1", "1.1.01", "1.2.3-0123",
        "1.2.3-0123.0123", "1.1.2+.123", "+invalid", "-invalid", "alpha", "1.0.0-alpha_beta", "1.0.0-alpha..1",
        "1.2.3.DEV", "1.2-SNAPSHOT", "-1.0.3-gamma+b7718", "9.8.7+meta+meta", "1.2.3-", "1.2.3+", "vv1.2.3",
        "V1.2.3", "=1.2.3", "^4.17.21", "~1.2.3", "1.x", "*", "latest", "1.2.3 beta"})
    void rejectsTextThatIsNotSemVer(String version) {
        assertThat(SEMVER.isValid(version)).isFalse();
        assertThatThrownBy(() -> SEMVER.compare(version, "1.0.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a semantic version:");
        assertThatThrownBy(() -> SEMVER.compare("1.0.0", version))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
