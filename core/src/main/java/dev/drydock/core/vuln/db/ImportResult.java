package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;

import java.util.List;
import java.util.Set;

/**
 * What an import or update did.
 *
 * @param stored    records stored (new or replaced)
 * @param skipped   records read but not stored: none of their packages is in an ecosystem Drydock reads
 * @param malformed records that could not be read and were left out
 * @param problems  the first few reasons records were left out, for the user
 * @param sources   the sources (ecosystems) written
 */
public record ImportResult(long stored, long skipped, long malformed, List<String> problems, Set<Ecosystem> sources) {

    public ImportResult {
        problems = List.copyOf(problems);
        sources = Set.copyOf(sources);
    }
}
