package dev.drydock.core.vuln.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DatabaseUpdater} downloads.
 *
 * @param bucket                where the OSV exports are
 * @param connectTimeout        how long to wait for a connection
 * @param readTimeout           how long the source may send nothing (before its answer, or in the middle)
 * @param limits                size limits of downloads and archives
 * @param incremental           refresh an ecosystem the database already has from its {@code modified_id.csv}
 * @param maxIncrementalRecords above this many changed records, download the whole {@code all.zip} instead
 * @param maxIndexBytes         the largest {@code modified_id.csv} read
 */
public record UpdateSettings(OsvBucket bucket, Duration connectTimeout, Duration readTimeout, ImportLimits limits,
                             boolean incremental, int maxIncrementalRecords, long maxIndexBytes) {

    public UpdateSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(limits, "limits");
    }

    public static UpdateSettings defaults() {
        return new UpdateSettings(OsvBucket.publicBucket(), Duration.ofSeconds(20), Duration.ofSeconds(60),
                ImportLimits.defaults(), true, 2_000, 256L << 20);
    }

    public UpdateSettings withBucket(OsvBucket other) {
        return new UpdateSettings(other, connectTimeout, readTimeout, limits, incremental, maxIncrementalRecords,
                maxIndexBytes);
    }
}
