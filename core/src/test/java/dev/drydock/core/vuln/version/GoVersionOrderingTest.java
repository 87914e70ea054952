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

class GoVersionOrderingTest {

    private static final VersionOrdering GO = new GoVersionOrdering();

    /** Pseudo-versions here use a made-up commit hash; their shape is the go command's. */
    private static final List<VersionChain> TABLE = VersionChain.read("""
            # The three pseudo-version forms sort just below the release they precede
            v0.0.0-20210101000000-abcdef123456 < v0.0.0-20220101000000-0123456789ab < v0.0.1
            v1.2.3 < v1.2.4-0.20210101000000-abcdef123456 < v1.2.4
            v1.2.4-pre < v1.2.4-pre.0.20210101000000-abcdef123456 < v1.2.4-pre.1 < v1.2.4
            v1.2.4-0.20210101000000-abcdef123456 < v1.2.4-pre
            # +incompatible (a v2+ module without go.mod) does not change the order
            v20.10.24+incompatible = v20.10.24 = 20.10.24 < v24.0.7+incompatible
            v2.0.0+incompatible < v2.0.1
            # OSV's Go records drop the v: both spellings are the same version
            0.17.0 = v0.17.0
            1.0.0-rc.1 = v1.0.0-rc.1 < v1.0.0
            # golang.org/x/net (v0.7.0 fixed CVE-2022-41723, v0.17.0 CVE-2023-44487, v0.23.0 CVE-2023-45288)
            v0.7.0 < v0.17.0 < v0.23.0
            # golang.org/x/text (CVE-2022-32149 fixed v0.3.8), golang.org/x/crypto (CVE-2023-48795 fixed v0.17.0)
            v0.3.7 < v0.3.8 < v0.14.0
            v0.14.0 < v0.17.0
            # Numbers are numbers
            v1.9.0 < v1.10.0 < v1.10.1 < v2.0.0-alpha < v2.0.0
            """);

    static Stream<VersionChain> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersModuleVersionsAsTheGoCommandDoes(VersionChain chain) {
        chain.assertHolds(GO);
    }

    @Test
    void theWholeTableIsOneConsistentOrder() {
        VersionChain.assertConsistentOrder(GO, VersionChain.versionsOf(TABLE));
    }

    @Test
    void everyVersionInTheTableIsValid() {
        assertThat(VersionChain.versionsOf(TABLE)).allMatch(GO::isValid);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "v1", "v1.2", "1.2", "vv1.2.3", "V1.2.3", "v1.2.3.4", "v01.2.3", "v1.2.3-01",
        "v1.2.3-", "latest", "master", "go1.21.5", "v1.2.3 beta"})
    void rejectsTextThatIsNotAFullModuleVersion(String version) {
        assertThat(GO.isValid(version)).isFalse();
        assertThatThrownBy(() -> GO.compare(version, "v1.0.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a Go module version:");
        assertThatThrownBy(() -> GO.compare("v1.0.0", version))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
