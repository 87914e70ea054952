package dev.drydock.core.vuln.ignore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One id in an ignore file.
 *
 * @param id      a vulnerability id or alias ({@code CVE-2021-44228}, {@code GHSA-jfh8-c2jp-5v3q})
 * @param expires the {@code exp:} date; the entry stops suppressing once that day begins (UTC), as Trivy does
 * @param line    1-based line in the file
 */
public record IgnoreEntry(String id, Optional<LocalDate> expires, int line) {

    public IgnoreEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isExpired(Instant now) {
        return expires.map(date -> now.isAfter(date.atStartOfDay().toInstant(ZoneOffset.UTC))).orElse(false);
    }
}
