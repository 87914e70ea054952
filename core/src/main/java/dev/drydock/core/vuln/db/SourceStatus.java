package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;

import java.time.Instant;
import java.util.Objects;

/**
 * One source of the database: an ecosystem's OSV export.
 *
 * @param origin  where it was last read from: a download address or a local file or folder
 * @param updated when it was last imported or refreshed
 * @param records how many records it brought
 */
public record SourceStatus(Ecosystem ecosystem, String origin, Instant updated, long records) {

    public SourceStatus {
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(updated, "updated");
    }
}
