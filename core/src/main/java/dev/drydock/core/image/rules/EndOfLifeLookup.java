package dev.drydock.core.image.rules;

import dev.drydock.core.image.scan.OsReleaseFact;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the end-of-life rule learns when a distribution release stops getting security updates. The
 * table itself is data kept with the OS analyzers; this interface keeps the rule independent of it.
 */
@FunctionalInterface
public interface EndOfLifeLookup {

    /**
     * When support of a release ends.
     *
     * @param release    how the table names the release ({@code Debian 10 (buster)})
     * @param endOfLife  the last day of security support
     * @param validAsOf  the date the table was last checked against its sources
     */
    record EndOfLife(String release, LocalDate endOfLife, LocalDate validAsOf) {
    }

    /** The release's end of life; empty when the table does not know the distribution or release. */
    Optional<EndOfLife> lookup(OsReleaseFact os);

    /** A lookup that knows nothing: the end-of-life rule is then skipped. */
    static EndOfLifeLookup none() {
        return os -> Optional.empty();
    }
}
