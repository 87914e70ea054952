package dev.drydock.core.vuln.db;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user is shown about the vulnerability database: where it is, how old, and where its
 * records came from.
 *
 * @param lastUpdated when any source was last imported; null for a database with no sources yet
 * @param records     records stored (withdrawn ones included)
 */
public record DatabaseStatus(Path file, int schemaVersion, Instant lastUpdated, long records,
                             List<SourceStatus> sources) {

    /** Warn when the database is older than this unless the caller says otherwise. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

    public DatabaseStatus {
        Objects.requireNonNull(file, "file");
        sources = List.copyOf(sources);
    }

    /** How long ago the last update was, as of {@code now}; empty when there was none. */
    public Optional<Duration> age(Instant now) {
        return lastUpdated == null ? Optional.empty() : Optional.of(Duration.between(lastUpdated, now));
    }

    /** True when the database was never filled, or last updated longer ago than {@code maxAge}. */
    public boolean isOlderThan(Duration maxAge, Instant now) {
        return age(now).map(age -> age.compareTo(maxAge) > 0).orElse(true);
    }

    /**
     * A warning for the user when the database is older than {@code maxAge} ("The vulnerability
     * database is 9 days old…"); empty while it is fresh.
     */
    public Optional<String> ageWarning(Duration maxAge, Instant now) {
        if (!isOlderThan(maxAge, now)) {
            return Optional.empty();
        }
        if (lastUpdated == null) {
            return Optional.of("The vulnerability database is empty: no advisories have been imported yet.");
        }
        long days = age(now).orElseThrow().toDays();
        return Optional.of("The vulnerability database is " + days + (days == 1 ? " day" : " days")
                + " old; vulnerabilities published since then are not reported. Update it.");
    }
}
