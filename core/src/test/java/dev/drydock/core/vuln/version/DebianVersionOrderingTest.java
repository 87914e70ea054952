package dev.drydock.core.vuln.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** dpkg's order, row by row from {@code debian.txt} (each row checked with {@code dpkg --compare-versions}). */
class DebianVersionOrderingTest {

    private static final VersionOrdering DPKG = new DebianVersionOrdering();

    static List<VersionComparison> table() {
        return VersionComparison.read("debian.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersLikeDpkg(VersionComparison row) {
        assertThat(Integer.signum(DPKG.compare(row.left(), row.right()))).isEqualTo(row.expectedSign());
        assertThat(Integer.signum(DPKG.compare(row.right(), row.left()))).isEqualTo(-row.expectedSign());
    }

    @Test
    void theWholeTableIsOneTotalOrder() {
        VersionOrderingLaws.assertTotalOrder(DPKG, VersionComparison.versionsIn(table()));
    }

    @Test
    void surroundingWhiteSpaceIsIgnoredLikeDpkgDoes() {
        assertThat(DPKG.isValid(" 1.0-1\t")).isTrue();
        assertThat(DPKG.compare(" 1.0-1\t", "1.0-1")).isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",              // nothing but white space
        ":1.0",             // empty epoch
        "a:1.0",            // epoch is not a number
        "-1:1.0",           // a sign is not a number
        "99999999999:1.0",  // epoch too big for dpkg
        "1:",               // nothing after the epoch
        "1.0-",             // empty revision
        "-1",               // empty upstream version
        "1:-1",             // empty upstream version after an epoch
        "1.0 2",            // embedded space
        "latest",           // upstream does not start with a digit (dpkg warns)
        "~1.0",             // upstream does not start with a digit (dpkg warns)
        "1.0_1",            // '_' is not a version character (dpkg warns)
        "1.0/2",            // '/' is not a version character (dpkg warns)
        "1:1.0-1:2",        // ':' is not a revision character (dpkg warns)
        "1.0-1_2",          // '_' is not a revision character (dpkg warns)
    })
    void refusesWhatIsNotADebianVersion(String text) {
        assertThat(DPKG.isValid(text)).isFalse();
        assertThatThrownBy(() -> DPKG.compare(text, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a Debian package version: ");
        assertThatThrownBy(() -> DPKG.compare("1.0", text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertThatThrownBy(() -> DPKG.compare("1.0-", "1.0"))
                .hasMessage("Not a Debian package version: '1.0-' (the revision after the last '-' is empty)");
        assertThatThrownBy(() -> DPKG.compare("2:1.0", "x:1.0"))
                .hasMessage("Not a Debian package version: 'x:1.0' (the epoch is not a number)");
    }
}
