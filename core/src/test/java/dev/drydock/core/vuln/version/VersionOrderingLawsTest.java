package dev.drydock.core.vuln.version;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToIntBiFunction;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The total-order check catches the orderings it exists to catch. */
class VersionOrderingLawsTest {

    private static VersionOrdering ordering(ToIntBiFunction<String, String> compare) {
        return new VersionOrdering() {
            @Override
            public boolean isValid(String version) {
                return true;
            }

            @Override
            public int compare(String left, String right) {
                return compare.applyAsInt(left, right);
            }
        };
    }

    @Test
    void passesAConsistentOrderWithTies() {
        VersionOrdering byLength = ordering((a, b) -> Integer.compare(a.length(), b.length()));
        assertThatCode(() -> VersionOrderingLaws.assertTotalOrder(byLength, List.of("ccc", "a", "bb", "b", "aaa")))
                .doesNotThrowAnyException();
    }

    @Test
    void catchesACycle() {
        List<String> cycle = List.of("rock", "paper", "scissors");
        VersionOrdering beats = ordering((a, b) -> a.equals(b) ? 0
                : cycle.indexOf(b) == (cycle.indexOf(a) + 1) % 3 ? -1 : 1);
        assertThatThrownBy(() -> VersionOrderingLaws.assertTotalOrder(beats, cycle)).isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesTiesThatDoNotChain() {
        // a = b and b = c, but a < c: "equal" is not transitive.
        VersionOrdering near = ordering((a, b) -> Math.abs(a.length() - b.length()) <= 1
                ? 0 : Integer.compare(a.length(), b.length()));
        assertThatThrownBy(() -> VersionOrderingLaws.assertTotalOrder(near, List.of("a", "bb", "ccc")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesAnOrderThatIsNotAntisymmetric() {
        VersionOrdering alwaysOlder = ordering((a, b) -> a.equals(b) ? 0 : -1);
        assertThatThrownBy(() -> VersionOrderingLaws.assertTotalOrder(alwaysOlder, List.of("1", "2")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesInvalidVersionsInATable() {
        VersionOrdering none = new RubyGemsVersionOrdering();
        assertThatThrownBy(() -> VersionOrderingLaws.assertTotalOrder(none, List.of("1.0", "junk")))
                .isInstanceOf(AssertionError.class);
    }
}
