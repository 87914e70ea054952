package dev.drydock.core.vuln.version;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks that an ordering is a total order over a set of versions. The versions are sorted and cut into
 * blocks of neighbours that compare equal; the ordering is transitive and antisymmetric exactly when
 * every pair then compares as its blocks do: equal within a block, older or newer across blocks.
 */
final class VersionOrderingLaws {

    private VersionOrderingLaws() {
    }

    static void assertTotalOrder(VersionOrdering ordering, List<String> versions) {
        assertThat(versions).allSatisfy(version -> assertThat(ordering.isValid(version))
                .as("'%s' is valid", version).isTrue());
        List<String> sorted = new ArrayList<>(versions);
        try {
            sorted.sort(ordering);
        } catch (IllegalArgumentException contractViolation) {
            fail("sorting found the ordering inconsistent: " + contractViolation.getMessage());
        }
        int[] block = new int[sorted.size()];
        for (int k = 1; k < sorted.size(); k++) {
            boolean tie = ordering.compare(sorted.get(k - 1), sorted.get(k)) == 0;
            block[k] = block[k - 1] + (tie ? 0 : 1);
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = 0; j < sorted.size(); j++) {
                int expected = Integer.compare(block[i], block[j]);
                int actual = Integer.signum(ordering.compare(sorted.get(i), sorted.get(j)));
                if (actual != expected) {
                    fail("not a total order: compare(%s, %s) = %d, but sorting places them as %d",
                            sorted.get(i), sorted.get(j), actual, expected);
                }
            }
        }
    }
}
