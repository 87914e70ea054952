package dev.drydock.core.vuln.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** rpm's order, row by row from {@code rpm.txt} (each row checked with rpm 4.18). */
class RpmVersionOrderingTest {

    private static final VersionOrdering RPM = new RpmVersionOrdering();

    static List<VersionComparison> table() {
        return VersionComparison.read("rpm.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersLikeRpm(VersionComparison row) {
        assertThat(Integer.signum(RPM.compare(row.left(), row.right()))).isEqualTo(row.expectedSign());
        assertThat(Integer.signum(RPM.compare(row.right(), row.left()))).isEqualTo(-row.expectedSign());
    }

    @Test
    void theWholeTableIsOneTotalOrder() {
        VersionOrderingLaws.assertTotalOrder(RPM, VersionComparison.versionsIn(table()));
    }

    @Test
    void aMissingReleaseIsOlderThanAnyReleaseSoTheOrderStaysTotal() {
        assertThat(RPM.compare("1.0", "1.0-1")).isNegative();
        assertThat(RPM.compare("1.0", "1.0-2")).isNegative();
        assertThat(RPM.compare("1.0-1", "1.0-2")).isNegative();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        ":1.0",          // empty epoch
        "a:1.0",         // epoch is not a number
        "1.0:1",         // epoch is not a number
        "1:",            // empty version after the epoch
        "1:2:3",         // ':' only ends the epoch
        "-1",            // empty version
        "1.0-",          // empty release
        "1.0-1-",        // empty release after the last '-'
        "1.0 1",         // white space
        " 1.0-1",        // white space
        "%{version}-1",  // an unexpanded macro
        "1.0/2-1",       // '/' is not a version character
        "1.0-1,el8",     // ',' is not a release character
    })
    void refusesWhatIsNotAnRpmVersion(String text) {
        assertThat(RPM.isValid(text)).isFalse();
        assertThatThrownBy(() -> RPM.compare(text, "1.0-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an rpm package version: ");
        assertThatThrownBy(() -> RPM.compare("1.0-1", text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertThatThrownBy(() -> RPM.compare("1.0-1", "1.0-"))
                .hasMessage("Not an rpm package version: '1.0-' (the release after the last '-' is empty)");
        assertThatThrownBy(() -> RPM.compare("%{version}-1", "1.0-1"))
                .hasMessage("Not an rpm package version: '%{version}-1' (the version contains '%')");
    }
}
