package dev.drydock.app.gui.vulndb;

import dev.drydock.core.settings.DrydockSettings;
import dev.drydock.core.vuln.db.OsvBucket;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The user's settings of the vulnerability database.
 *
 * @param maxAgeDays older than this many days (at least 1), the database is flagged
 * @param baseUrl    where updates download OSV exports from (http or https)
 */
public record DatabaseSettings(int maxAgeDays, URI baseUrl) {

    public DatabaseSettings {
        if (maxAgeDays < 1) {
            throw new IllegalArgumentException("maxAgeDays must be at least 1: " + maxAgeDays);
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** A week, OSV's public bucket. */
    public static DatabaseSettings defaults() {
        return new DatabaseSettings(DrydockSettings.DEFAULT_DATABASE_MAX_AGE_DAYS, OsvBucket.PUBLIC);
    }

    /** From saved values, which the settings file has already checked. */
    public static DatabaseSettings of(int maxAgeDays, String baseUrl) {
        return new DatabaseSettings(Math.max(1, maxAgeDays), URI.create(baseUrl.strip()));
    }

    public Duration maxAge() {
        return Duration.ofDays(maxAgeDays);
    }

    public OsvBucket bucket() {
        return new OsvBucket(baseUrl);
    }
}
