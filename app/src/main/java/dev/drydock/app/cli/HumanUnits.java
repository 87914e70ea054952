package dev.drydock.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/** Durations and sizes written the way the docker CLI writes them ("2 hours ago", "4.86MB"). */
final class HumanUnits {

    private static final String[] SIZE_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
    private static final MathContext THREE_DIGITS = new MathContext(3);
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private HumanUnits() {
    }

    /** {@code "5 minutes ago"}; empty when the time is unknown. */
    static String ago(Instant then, Instant now) {
        if (then == null || then.getEpochSecond() <= 0) {
            return "";
        }
        return duration(Duration.between(then, now)) + " ago";
    }

    /** A coarse duration: {@code "About an hour"}, {@code "3 days"}, {@code "2 months"}. */
    static String duration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) {
            return "Less than a second";
        }
        if (seconds == 1) {
            return "1 second";
        }
        if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute";
        }
        if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = Math.round(seconds / 3600.0);
        if (hours == 1) {
            return "About an hour";
        }
        if (hours < 48) {
            return hours + " hours";
        }
        if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        }
        if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        }
        if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return seconds / 3600 / 24 / 365 + " years";
    }

    /** A size in decimal units with three significant digits: {@code 4.86MB}, {@code 512B}. */
    static String size(long bytes) {
        double value = Math.max(bytes, 0);
        int unit = 0;
        while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String digits = new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
        return digits + SIZE_UNITS[unit];
    }

    /** A size in binary units with four significant digits, as {@code docker info} shows memory. */
    static String binarySize(long bytes) {
        double value = Math.max(bytes, 0);
        int unit = 0;
        while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString() + BINARY_UNITS[unit];
    }
}
