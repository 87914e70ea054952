package dev.drydock.app.gui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How sizes, times and lists read in the workbench. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private Formats() {
    }

    /** Decimal units like the docker CLI: {@code 5.6 MB}. Negative sizes (unknown) read as empty. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String pattern = value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s";
        return String.format(Locale.ROOT, pattern, value, UNITS[unit]);
    }

    /** Local date and minute, {@code 2024-05-01 14:03}; empty when unknown. */
    public static String dateTime(Instant time) {
        return time == null || time.equals(Instant.EPOCH) ? "" : DATE_TIME.format(time);
    }

    public static String joined(List<String> values) {
        return values == null || values.isEmpty() ? "" : String.join(", ", values);
    }

    /** Empty text as a dash, so that detail rows never look broken. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
