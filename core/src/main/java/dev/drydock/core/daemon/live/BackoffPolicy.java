package dev.drydock.core.daemon.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between attempts to reach a daemon that went away: {@code initial} before the
 * first retry, then {@code factor} times longer each time, never more than {@code max}.
 */
public record BackoffPolicy(Duration initial, Duration max, double factor) {

    public BackoffPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("The first wait must be longer than zero: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The longest wait " + max + " is shorter than the first " + initial);
        }
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("The growth factor must be at least 1: " + factor);
        }
    }

    /** 1 s, 2 s, 4 s … up to 30 s. */
    public static BackoffPolicy standard() {
        return new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0);
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    public Duration delayBefore(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1: " + attempt);
        }
        double nanos = initial.toNanos() * Math.pow(factor, attempt - 1.0);
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }
}
