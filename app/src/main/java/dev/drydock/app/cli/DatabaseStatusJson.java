package dev.drydock.app.cli;

import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.SourceStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code drydock db status --format json}. Times are ISO-8601 in UTC, null when unknown; {@code stale}
 * is true when the database is missing, empty or older than {@code maxAgeDays}, and {@code warning}
 * then says so in words. Fields are only ever added.
 */
record DatabaseStatusJson(String file, boolean exists, Integer schemaVersion, String lastUpdated, Long ageSeconds,
                          long records, long maxAgeDays, boolean stale, String warning, List<Source> sources) {

    record Source(String ecosystem, String origin, String updated, long records) {
    }

    static DatabaseStatusJson of(DatabaseStatus status, Duration maxAge, Instant now) {
        List<Source> sources = status.sources().stream().map(DatabaseStatusJson::source).toList();
        return new DatabaseStatusJson(status.file().toString(), true, status.schemaVersion(),
                status.lastUpdated() == null ? null : status.lastUpdated().toString(),
                status.age(now).map(Duration::toSeconds).orElse(null), status.records(), maxAge.toDays(),
                status.isOlderThan(maxAge, now), status.ageWarning(maxAge, now).orElse(null), sources);
    }

    static DatabaseStatusJson missing(Path file, Duration maxAge) {
        return new DatabaseStatusJson(file.toString(), false, null, null, null, 0, maxAge.toDays(), true,
                "There is no vulnerability database at " + file + " yet.", List.of());
    }

    private static Source source(SourceStatus source) {
        return new Source(source.ecosystem().osvName(), source.origin(), source.updated().toString(), source.records());
    }
}
