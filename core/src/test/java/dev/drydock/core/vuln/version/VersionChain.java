package dev.drydock.core.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a version table: versions in ascending order joined by {@code <} or {@code =}, with an
 * optional {@code # note} saying where the facts come from, e.g.
 * {@code 2.0-beta9 < 2.0-rc1 < 2.0   # log4j-core releases}. Every pair on the line is checked, both ways.
 */
record VersionChain(String line, List<String> versions, List<Integer> ranks) {

    /** The chains of a table: one per non-blank line; lines starting with {@code #} are comments. */
    static List<VersionChain> read(String table) {
        List<VersionChain> chains = new ArrayList<>();
        for (String raw : table.split("\n")) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                chains.add(parse(line));
            }
        }
        return List.copyOf(chains);
    }

    private static VersionChain parse(String line) {
        int hash = line.indexOf(" #");
        String[] tokens = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
        if (tokens.length < 3 || tokens.length % 2 == 0) {
            throw new IllegalArgumentException("A chain is 'version (< or =) version ...': " + line);
        }
        List<String> versions = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        int rank = 0;
        versions.add(tokens[0]);
        ranks.add(rank);
        for (int i = 1; i < tokens.length; i += 2) {
            switch (tokens[i]) {
                case "<" -> rank++;
                case "=" -> { }
                default -> throw new IllegalArgumentException("Only < and = join versions: " + line);
            }
            versions.add(tokens[i + 1]);
            ranks.add(rank);
        }
        return new VersionChain(line, versions, ranks);
    }

    /** Every version on every chain of {@code table}, in table order. */
    static Set<String> versionsOf(Collection<VersionChain> table) {
        Set<String> all = new LinkedHashSet<>();
        table.forEach(chain -> all.addAll(chain.versions));
        return all;
    }

    /** Asserts that {@code ordering} puts every pair on this line in the line's order, both ways round. */
    void assertHolds(VersionOrdering ordering) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = 0; j < versions.size(); j++) {
                int expected = Integer.signum(ranks.get(i) - ranks.get(j));
                int actual = Integer.signum(ordering.compare(versions.get(i), versions.get(j)));
                if (actual != expected) {
                    wrong.add(versions.get(i) + " " + symbol(expected) + " " + versions.get(j)
                            + " (the ordering says " + symbol(actual) + ")");
                }
            }
        }
        assertThat(wrong).as("pairs ordered wrongly").isEmpty();
    }

    /**
     * Asserts that {@code ordering} is a consistent order over {@code versions}: each equals itself,
     * swapping the sides flips the sign, and a ≤ b ≤ c always gives a ≤ c.
     */
    static void assertConsistentOrder(VersionOrdering ordering, Collection<String> versions) {
        List<String> all = List.copyOf(versions);
        int n = all.size();
        int[][] sign = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sign[i][j] = Integer.signum(ordering.compare(all.get(i), all.get(j)));
            }
        }
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (sign[i][i] != 0) {
                broken.add(all.get(i) + " does not equal itself");
            }
            for (int j = 0; j < n; j++) {
                if (sign[i][j] != -sign[j][i]) {
                    broken.add(all.get(i) + " vs " + all.get(j) + " is not antisymmetric");
                }
                for (int k = 0; sign[i][j] <= 0 && k < n; k++) {
                    if (sign[j][k] <= 0 && sign[i][k] > 0) {
                        broken.add(all.get(i) + " <= " + all.get(j) + " <= " + all.get(k) + " but " + all.get(i) + " > " + all.get(k));
                    }
                }
            }
        }
        assertThat(broken).as("order laws over %d versions", n).isEmpty();
    }

    private static String symbol(int sign) {
        return sign < 0 ? "<" : sign > 0 ? ">" : "=";
    }

    @Override
    public String toString() {
        return line;
    }
}
