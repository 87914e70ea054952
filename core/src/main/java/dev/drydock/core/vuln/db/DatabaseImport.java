package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports OSV exports from local files, for machines without internet access: an ecosystem's
 * {@code all.zip} as OSV publishes it, or a folder of {@code *.json} records. Each input is a whole
 * export: the records its ecosystems had before and it no longer holds are dropped. The database is
 * changed in one atomic swap; whatever fails, the database in use stays as it was.
 */
public final class DatabaseImport {

    private final ImportLimits limits;
    private final Clock clock;

    public DatabaseImport(ImportLimits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DatabaseImport() {
        this(ImportLimits.defaults(), Clock.systemUTC());
    }

    /**
     * Imports {@code inputs} into the database file {@code database} (created when missing).
     *
     * @param source the ecosystem the inputs are exports of; empty to count each record for the
     *               ecosystems its packages are in
     * @throws VulnerabilityDatabaseException when an input is missing, unreadable or too large, or the
     *         database cannot be written; the database is then unchanged
     * @throws dev.drydock.core.task.CancelledException when cancelled; the database is unchanged
     */
    public ImportResult importFiles(Path database, List<Path> inputs, Optional<Ecosystem> source,
                                    ProgressListener progress, CancellationToken cancel) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new VulnerabilityDatabaseException(Problem.BAD_ARCHIVE, input + " does not exist.",
                        "Give the path of an OSV all.zip or of a folder of OSV .json files.");
            }
        }
        return DatabaseSwap.replace(database, true, writer -> {
            OsvImporter importer = new OsvImporter(writer, limits, progress, cancel);
            for (Path input : inputs) {
                Path absolute = input.toAbsolutePath().normalize();
                Set<Ecosystem> read = Files.isDirectory(absolute)
                        ? importer.importDirectory(absolute, source, absolute.toString())
                        : importer.importZip(absolute, source, absolute.toString());
                for (Ecosystem ecosystem : read) {
                    writer.finishSource(ecosystem, absolute.toString(), clock.instant(), true);
                }
            }
            return importer.result();
        });
    }
}
