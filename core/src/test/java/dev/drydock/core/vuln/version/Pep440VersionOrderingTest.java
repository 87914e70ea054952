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

class Pep440VersionOrderingTest {

    private static final VersionOrdering PEP_440 = new Pep440VersionOrdering();

    private static final List<VersionChain> TABLE = VersionChain.read("""
            # PEP 440's own example of every suffix in its relative order
            1.0.dev456 < 1.0a1 < 1.0a2.dev456 < 1.0a12.dev456 < 1.0a12 < 1.0b1.dev456 < 1.0b2 < 1.0b2.post345.dev456 < 1.0b2.post345 < 1.0rc1.dev456 < 1.0rc1 < 1.0 < 1.0+abc.5 < 1.0+abc.7 < 1.0+5 < 1.0.post456.dev34 < 1.0.post456 < 1.0.15 < 1.1.dev1
            # PEP 440's epoch example: a project switching from dates back to small numbers
            1.0 < 1.1 < 2.0 < 2013.10 < 2014.04 < 1!1.0 < 1!1.1 < 1!2.0
            2.0 < 1!0.1
            0!1.0 = 1.0
            # dev < pre < final < post, also inside pre and post releases
            1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1
            1.0a1.dev1 < 1.0a1 < 1.0a1.post1.dev1 < 1.0a1.post1 < 1.0a2
            1.0.post1.dev1 < 1.0.post1 < 1.0.post2 < 1.0.1
            # Local versions: after their public version, before its post releases; numbers above words
            1.0 < 1.0+local < 1.0.post1
            1.0+abc < 1.0+abc.1 < 1.0+abd < 1.0+0 < 1.0+1 < 1.0+2 < 1.0+10
            # Spellings PEP 440 normalises
            1.0rc1 = 1.0RC1 = 1.0c1 = 1.0-rc1 = 1.0.rc.1 = 1.0_RC_1 = 1.0pre1 = 1.0preview1 = 1.0-rc-1
            1.1a1 = 1.1alpha1 = 1.1.a1 = 1.1-a1 = 1.1_alpha_1 = 1.1A1
            1.1b2 = 1.1beta2 = 1.1-beta.2
            1.0a = 1.0a0 = 1.0alpha
            1.2.post2 = 1.2-post2 = 1.2post2 = 1.2_post_2 = 1.2.r2 = 1.2rev2 = 1.2-2 = 1.2.POST2
            1.0.post = 1.0.post0 = 1.0-post = 1.0post
            1.2.dev2 = 1.2dev2 = 1.2-dev2 = 1.2_dev_2 = 1.2.DEV2
            1.2.dev = 1.2.dev0
            v1.0 = V1.0 = 1.0
            1 = 1.0 = 1.0.0 = 1.0.0.0 = 01.0 = 1.00
            1.0+ubuntu-1 = 1.0+ubuntu.1 = 1.0+ubuntu_1 = 1.0+UBUNTU.1
            1.0+01 = 1.0+1
            # Numbers are numbers
            1.9 < 1.10 < 1.10.1 < 2
            # Django releases
            4.2a1 < 4.2b1 < 4.2rc1 < 4.2 < 4.2.1 < 4.2.7 < 4.2.10 < 5.0
            1.11.29 < 2.2.28 < 3.2.23 < 4.2.7
            4.2 = 4.2.0
            # requests (CVE-2023-32681 fixed 2.31.0), urllib3, setuptools (CVE-2022-40897 fixed 65.5.1)
            2.28.2 < 2.31.0
            1.26.18 < 2.0.0 < 2.0.7
            65.5.0 < 65.5.1
            # PyTorch wheels' local versions
            2.0.1 < 2.0.1+cpu < 2.0.1+cu118 < 2.1.0
            """);

    static Stream<VersionChain> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersVersionsAsPep440Does(VersionChain chain) {
        chain.assertHolds(PEP_440);
    }

    @Test
    void theWholeTableIsOneConsistentOrder() {
        VersionChain.assertConsistentOrder(PEP_440, VersionChain.versionsOf(TABLE));
    }

    @Test
    void everyVersionInTheTableIsValid() {
        assertThat(VersionChain.versionsOf(TABLE)).allMatch(PEP_440::isValid);
    }

    @Test
    void surroundingWhitespaceIsNotPartOfTheVersion() {
        assertThat(PEP_440.compare(" 4.2.7\n", "4.2.7")).isZero();
    }

    /** Legacy, non-PEP 440 versions are refused, as current pip refuses them. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "french toast", "latest", "1.0-foo", "1.0+", "1.0+abc!", "1.0+-abc", "1..0",
        "1.0.", ".1.0", "1!", "!1.0", "1.0a1b1", "1.0-", "1.0.post1.post2", "1.0.dev1.dev2", "1.0+ab cd",
        "1.0 beta", "1.0a1.a2", "vv1.0", "1.0-SNAPSHOT", "2.0.1+cu118+cpu"})
    void rejectsTextThatIsNotAPep440Version(String version) {
        assertThat(PEP_440.isValid(version)).isFalse();
        assertThatThrownBy(() -> PEP_440.compare(version, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a PEP 440 version:");
        assertThatThrownBy(() -> PEP_440.compare("1.0", version))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
