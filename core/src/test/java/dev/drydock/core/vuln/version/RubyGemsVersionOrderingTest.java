package dev.drydock.core.vuln.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Gem::Version's order, row by row from {@code rubygems.txt} (each row checked with RubyGems 3.3.15). */
class RubyGemsVersionOrderingTest {

    private static final VersionOrdering GEMS = new RubyGemsVersionOrdering();

    static List<VersionComparison> table() {
        return VersionComparison.read("rubygems.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void ordersLikeGemVersion(VersionComparison row) {
        assertThat(Integer.signum(GEMS.compare(row.left(), row.right()))).isEqualTo(row.expectedSign());
        assertThat(Integer.signum(GEMS.compare(row.right(), row.left()))).isEqualTo(-row.expectedSign());
    }

    @Test
    void theWholeTableIsOneTotalOrder() {
        VersionOrderingLaws.assertTotalOrder(GEMS, VersionComparison.versionsIn(table()));
    }

    @Test
    void surroundingWhiteSpaceIsIgnoredLikeGemVersionDoes() {
        assertThat(GEMS.isValid(" 1.0.0\n")).isTrue();
        assertThat(GEMS.compare(" 1.0.0\n", "1")).isZero();
    }

    @Test
    void numbersOfAnyLengthCompare() {
        assertThat(GEMS.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",         // blank: Gem::Version reads it as 0, but an unknown version is not the oldest one
        "junk",        // must start with a digit
        "v1.0",        // must start with a digit
        ".1",          // must start with a digit
        "1..2",        // empty segment
        "1.0.",        // empty segment
        "1.2 3.4",     // embedded space
        "1.0\n2.0",    // embedded line break
        "1.2.3-",      // empty pre-release
        "1.0-.x",      // empty pre-release segment
        "1.0_1",       // '_' is not allowed
        "1.0+1",       // '+' is not allowed
        "1,0",         // ',' is not allowed
    })
    void refusesWhatIsNotAGemVersion(String text) {
        assertThat(GEMS.isValid(text)).isFalse();
        assertThatThrownBy(() -> GEMS.compare(text, "1.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a RubyGems version: ");
        assertThatThrownBy(() -> GEMS.compare("1.0", text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsHyphensInsideThePreRelease() {
        assertThat(GEMS.isValid("1-2-3")).isTrue();
        assertThat(GEMS.isValid("1.0--x")).isTrue();
        assertThat(GEMS.compare("1-2-3", "1.pre.2.pre.3")).isZero();
    }
}
