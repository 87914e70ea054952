package dev.drydock.core.vuln.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** apk-tools' order, row by row from {@code alpine.txt}. */
class AlpineVersionOrderingTest {

    private static final VersionOrdering APK = new AlpineVersionOrdering();

    static List<VersionComparison> table() {
        return VersionComparison.read("alpine.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersLikeApk(VersionComparison row) {
        assertThat(Integer.signum(APK.compare(row.left(), row.right()))).isEqualTo(row.expectedSign());
        assertThat(Integer.signum(APK.compare(row.right(), row.left()))).isEqualTo(-row.expectedSign());
    }

    @Test
    void theWholeTableIsOneTotalOrder() {
        VersionOrderingLaws.assertTotalOrder(APK, VersionComparison.versionsIn(table()));
    }

    @Test
    void numbersLongerThanSixtyFourBitsStillCompare() {
        assertThat(APK.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
        assertThat(APK.compare("1-r99999999999999999999999", "1-r99999999999999999999998")).isPositive();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " 1.0",          // white space
        "v1.0",          // must start with a digit
        ".1",            // must start with a digit
        "1..0",          // a dot needs digits after it
        "1.0.",          // a dot needs digits after it
        "1.0ab",         // one letter at most
        "1.0A",          // letters are lower case
        "1.0a1",         // no digits straight after the letter
        "1.0a.1",        // no dot after the letter
        "1.0_foo",       // unknown suffix
        "1.0_",          // empty suffix
        "1.0_RC1",       // suffixes are lower case
        "1.0_rc1a",      // no letter after a suffix
        "1.0_rc1.1",     // no dot after a suffix
        "1.0-1",         // the revision is -rN
        "1.0-r",         // the revision needs a number
        "1.0-r1-r2",     // one revision
        "1.0-r1_p1",     // nothing after the revision
        "1.0-r1a",       // nothing after the revision
        "1.0~",          // a hash needs hex digits
        "1.0~xyz",       // a hash is hex
        "1.0~ABC",       // a hash is lower-case hex
        "1.0~abc~def",   // one hash
        "1.0-r1~abc",    // the hash comes before the revision
        "1.2.3-1ubuntu1", // a Debian version
    })
    void refusesWhatIsNotAnAlpineVersion(String text) {
        assertThat(APK.isValid(text)).isFalse();
        assertThatThrownBy(() -> APK.compare(text, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an Alpine package version: ");
        assertThatThrownBy(() -> APK.compare("1.0", text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRefusalNamesTheVersionAndTheExpectedForm() {
        assertThatThrownBy(() -> APK.compare("1.0-1", "1.0"))
                .hasMessage("Not an Alpine package version: '1.0-1'"
                        + " (expected digits with dots, an optional letter, _suffixes, ~hash and -rN)");
    }
}
