package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the database up to date from an OSV export bucket, one ecosystem at a time, into a new file
 * that replaces the old one atomically at the end ({@link DatabaseSwap}): a failed, interrupted or
 * cancelled update leaves the database in use exactly as it was and removes its temporary files.
 *
 * <p>An ecosystem the database already has from the same bucket is refreshed from its
 * {@code modified_id.csv}: only the records changed since the newest one stored are downloaded, one
 * {@code <id>.json} each. When that list is missing or names more than
 * {@link UpdateSettings#maxIncrementalRecords()} records, or for a new ecosystem, the whole
 * {@code all.zip} is downloaded and replaces what the ecosystem had.
 */
public final class DatabaseUpdater {

    /** Changes to records are published a little after their modified time; look back this far. */
    private static final Duration LOOK_BACK = Duration.ofDays(2);

    /** How one ecosystem was brought up to date. */
    public enum Mode {
        /** The whole export was downloaded. */
        FULL,
        /** Only records changed since the last update were downloaded. */
        INCREMENTAL
    }

    /**
     * What an update did for one ecosystem.
     *
     * @param changed records downloaded and stored
     */
    public record EcosystemUpdate(Ecosystem ecosystem, Mode mode, long changed, long malformed, String origin) {
    }

    private final UpdateSettings settings;
    private final HttpFetcher fetcher;
    private final Clock clock;

    public DatabaseUpdater(UpdateSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = new HttpFetcher(settings.connectTimeout(), settings.readTimeout());
    }

    public DatabaseUpdater(UpdateSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /**
     * Updates the database file {@code database} (created when missing) for {@code ecosystems}.
     *
     * @throws VulnerabilityDatabaseException when a download or the new file fails; the database is unchanged
     * @throws dev.drydock.core.task.CancelledException when cancelled; the database is unchanged
     */
    public List<EcosystemUpdate> update(Path database, Set<Ecosystem> ecosystems, ProgressListener progress,
                                        CancellationToken cancel) {
        Path folder = database.toAbsolutePath().getParent();
        String prefix = DatabaseSwap.tempPrefix(database.getFileName().toString());
        return DatabaseSwap.replace(database, true, writer -> {
            List<EcosystemUpdate> done = new ArrayList<>();
            OsvImporter importer = new OsvImporter(writer, settings.limits(), progress, cancel);
            for (Ecosystem ecosystem : ecosystems) {
                cancel.throwIfCancelled();
                Optional<EcosystemUpdate> incremental = settings.incremental()
                        ? refresh(writer, importer, ecosystem, cancel) : Optional.empty();
                done.add(incremental.isPresent() ? incremental.get()
                        : downloadAll(writer, importer, ecosystem, folder, prefix, progress, cancel));
            }
            return done;
        });
    }

    private EcosystemUpdate downloadAll(DatabaseWriter writer, OsvImporter importer, Ecosystem ecosystem, Path folder,
                                        String prefix, ProgressListener progress, CancellationToken cancel)
            throws SQLException {
        URI uri = settings.bucket().allZip(ecosystem);
        String label = ecosystem.osvName() + "/all.zip";
        Path zip = temporaryFile(folder, prefix);
        try {
            if (!fetcher.toFile(uri, zip, settings.limits().maxArchiveBytes(), label, progress, cancel)) {
                throw new VulnerabilityDatabaseException(Problem.SOURCE_NOT_FOUND, uri + " does not exist (HTTP 404).",
                        "Check the download address and the ecosystem; the database in use is unchanged.");
            }
            long before = importer.result().stored();
            long malformedBefore = importer.result().malformed();
            importer.importZip(zip, Optional.of(ecosystem), label);
            writer.finishSource(ecosystem, uri.toString(), clock.instant(), true);
            return new EcosystemUpdate(ecosystem, Mode.FULL, importer.result().stored() - before,
                    importer.result().malformed() - malformedBefore, uri.toString());
        } finally {
            deleteQuietly(zip);
        }
    }

    /** The incremental refresh, or empty when the whole export must be downloaded instead. */
    private Optional<EcosystemUpdate> refresh(DatabaseWriter writer, OsvImporter importer, Ecosystem ecosystem,
                                              CancellationToken cancel) throws SQLException {
        String origin = settings.bucket().allZip(ecosystem).toString();
        Optional<Instant> newest = writer.newestModified(ecosystem);
        if (newest.isEmpty() || !writer.originOf(ecosystem).map(origin::equals).orElse(false)) {
            return Optional.empty();
        }
        URI listUri = settings.bucket().modifiedIds(ecosystem);
        Optional<byte[]> list = fetcher.toBytes(listUri, settings.maxIndexBytes(), ecosystem.osvName() + "/modified_id.csv", cancel);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Instant since = newest.get().minus(LOOK_BACK);
        List<String> changed = new ArrayList<>();
        for (ModifiedIds.Entry entry : ModifiedIds.parse(list.get())) {
            if (!entry.modified().isBefore(since)) {
                Optional<Instant> stored = writer.modifiedOf(entry.id());
                if (stored.isEmpty() || stored.get().isBefore(entry.modified())) {
                    changed.add(entry.id());
                }
            }
            if (changed.size() > settings.maxIncrementalRecords()) {
                return Optional.empty();
            }
        }
        long malformedBefore = importer.result().malformed();
        long stored = 0;
        for (String id : changed) {
            cancel.throwIfCancelled();
            Optional<byte[]> json = fetcher.toBytes(settings.bucket().record(ecosystem, id),
                    settings.limits().maxRecordBytes(), ecosystem.osvName() + "/" + id + ".json", cancel);
            if (json.isPresent() && importer.importRecord(json.get(), Optional.of(ecosystem), id + ".json")) {
                stored++;
            }
        }
        writer.finishSource(ecosystem, origin, clock.instant(), false);
        return Optional.of(new EcosystemUpdate(ecosystem, Mode.INCREMENTAL, stored,
                importer.result().malformed() - malformedBefore, listUri.toString()));
    }

    private static Path temporaryFile(Path folder, String prefix) {
        try {
            return Files.createTempFile(folder, prefix, ".zip.tmp");
        } catch (IOException e) {
            throw new VulnerabilityDatabaseException(Problem.WRITE_FAILED,
                    "No temporary file for the download can be made in " + folder + ": " + e.getMessage() + ".",
                    "Check the folder's permissions and free space; the database in use is unchanged.", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // removed as a leftover by the next update
        }
    }
}
