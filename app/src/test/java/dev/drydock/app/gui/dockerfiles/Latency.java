package dev.drydock.app.gui.dockerfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Median, 90th percentile and maximum of a set of durations (nearest rank), in milliseconds.
 *
 * @param count how many durations were measured
 */
record Latency(int count, double medianMillis, double p90Millis, double maxMillis) {

    static Latency of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return new Latency(sorted.size(), millis(rank(sorted, 0.5)), millis(rank(sorted, 0.9)),
                millis(sorted.get(sorted.size() - 1)));
    }

    private static long rank(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** "median  p90  max" columns, each right-aligned. */
    String columns() {
        return String.format(Locale.ROOT, "%9.2f %9.2f %9.2f %6d", medianMillis, p90Millis, maxMillis, count);
    }
}
