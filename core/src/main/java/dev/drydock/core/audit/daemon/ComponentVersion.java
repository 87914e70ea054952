package dev.drydock.core.audit.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runtime component version read leniently: the leading dotted numbers ({@code 5.15.0} of
 * {@code 5.15.0-91-generic}, {@code 20.10.24} of {@code 20.10.24+dfsg1}), an optional release
 * candidate ({@code 1.0.0-rc93}, {@code 1.0-rc7}), and whether the text carries a distribution's
 * build suffix, which means fixes may have been backported without changing the upstream number.
 *
 * @param numbers           the dotted numbers, missing trailing parts read as zero when comparing
 * @param releaseCandidate  the rc number, or -1 for a final release
 * @param distributionBuild true when a suffix such as {@code +ds1}, {@code ~ds1}, {@code +dfsg1},
 *                          {@code -91-generic} or {@code -18-amd64} follows the version
 */
public record ComponentVersion(List<Integer> numbers, int releaseCandidate, boolean distributionBuild)
        implements Comparable<ComponentVersion> {

    private static final Pattern SHAPE = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)(?:-rc\\.?(\\d+))?(.*)$");

    public ComponentVersion {
        numbers = List.copyOf(numbers);
    }

    /** Reads {@code text}; empty when it does not start with a number. */
    public static Optional<ComponentVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            if (part.length() > 9) {
                return Optional.empty();
            }
            numbers.add(Integer.parseInt(part));
        }
        int rc = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        return Optional.of(new ComponentVersion(numbers, rc, !m.group(3).isEmpty()));
    }

    /** Like {@link #parse} for text known to be valid (table data). */
    public static ComponentVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a component version: " + text));
    }

    @Override
    public int compareTo(ComponentVersion other) {
        int length = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < length; i++) {
            int c = Integer.compare(part(i), other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(rank(), other.rank());
    }

    private int part(int i) {
        return i < numbers.size() ? numbers.get(i) : 0;
    }

    private int rank() {
        return releaseCandidate < 0 ? Integer.MAX_VALUE : releaseCandidate;
    }

    public boolean isBefore(ComponentVersion other) {
        return compareTo(other) < 0;
    }
}
