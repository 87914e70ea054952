package dev.drydock.core.seccomp.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** Wording helpers for messages: sorted lists and "did you mean" suggestions. */
final class Words {
    private Words() {
    }

    static String list(Collection<String> words) {
        return String.join(", ", new TreeSet<>(words));
    }

    /** {@code " (did you mean X?)"} for the closest word within two edits, else "". */
    static String suggestion(String word, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : new TreeSet<>(known)) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
