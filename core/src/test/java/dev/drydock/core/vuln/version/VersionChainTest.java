package dev.drydock.core.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table checks themselves: they must catch a wrong or inconsistent ordering. */
class VersionChainTest {

    /** Orders by text length only: fine for some chains, wrong for others. */
    private static final VersionOrdering BY_LENGTH = new VersionOrdering() {
        @Override
        public boolean isValid(String version) {
            return true;
        }

        @Override
        public int compare(String left, String right) {
            return Integer.compare(left.length(), right.length());
        }
    };

    /** Rock, paper, scissors: each beats the next, so no order exists. */
    private static final VersionOrdering CIRCULAR = new VersionOrdering() {
        private final List<String> ring = List.of("rock", "scissors", "paper");

        @Override
        public boolean isValid(String version) {
            return ring.contains(version);
        }

        @Override
        public int compare(String left, String right) {
            int distance = Math.floorMod(ring.indexOf(right) - ring.indexOf(left), 3);
            return distance == 0 ? 0 : distance == 1 ? 1 : -1;
        }
    };

    @Test
    void readsChainsAndSkipsCommentsAndNotes() {
        List<VersionChain> table = VersionChain.read("""
                # a comment line
                1 < 22 = 33 < 444   # a note
                """);

        assertThat(table).singleElement().satisfies(chain -> {
            assertThat(chain.versions()).containsExactly("1", "22", "33", "444");
            assertThat(chain.ranks()).containsExactly(0, 1, 1, 2);
        });
    }

    @Test
    void aChainTheOrderingAgreesWithHolds() {
        VersionChain.read("1 < 22 = 33 < 444").get(0).assertHolds(BY_LENGTH);
    }

    @Test
    void aChainTheOrderingContradictsFailsNamingThePair() {
        VersionChain chain = VersionChain.read("22 < 1").get(0);

        assertThatThrownBy(() -> chain.assertHolds(BY_LENGTH))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("22 < 1 (the ordering says >)");
    }

    @Test
    void aCircularOrderingBreaksTheLaws() {
        assertThatThrownBy(() -> VersionChain.assertConsistentOrder(CIRCULAR, List.of("rock", "paper", "scissors")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but");
    }

    @Test
    void malformedChainsAreRefused() {
        assertThatThrownBy(() -> VersionChain.read("1 <")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionChain.read("2 > 1")).isInstanceOf(IllegalArgumentException.class);
    }
}
