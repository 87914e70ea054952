package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;
import dev.drydock.core.vuln.osv.OsvAffected;
import dev.drydock.core.vuln.osv.OsvDocument;
import dev.drydock.core.vuln.osv.OsvFormatException;
import dev.drydock.core.vuln.osv.OsvParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads OSV records from an export's {@code all.zip}, a folder of {@code *.json} files, or one record,
 * into a {@link DatabaseWriter}. Entries are streamed one at a time; entry names only pick which entries
 * are records ({@code *.json}) and name them in messages, and are never used as paths. The
 * {@link ImportLimits} bound the entries, each record and the total; passing one aborts the import.
 * A record that cannot be read is left out and reported; an archive with no readable record fails.
 */
final class OsvImporter {

    private static final int MAX_PROBLEMS = 5;

    private final DatabaseWriter writer;
    private final ImportLimits limits;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final OsvParser parser = new OsvParser();
    private final EnumSet<Ecosystem> sources = EnumSet.noneOf(Ecosystem.class);
    private final EnumSet<Ecosystem> inputSources = EnumSet.noneOf(Ecosystem.class);
    private final List<String> problems = new ArrayList<>();
    private long stored;
    private long skipped;
    private long malformed;

    OsvImporter(DatabaseWriter writer, ImportLimits limits, ProgressListener progress, CancellationToken cancel) {
        this.writer = writer;
        this.limits = limits;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Imports every {@code *.json} entry of {@code zip}; returns the sources its records counted for. */
    Set<Ecosystem> importZip(Path zip, Optional<Ecosystem> source, String label) {
        long before = stored + skipped;
        inputSources.clear();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            int total = archive.size();
            if (total > limits.maxEntries()) {
                throw tooLarge(label + " has " + total + " entries, more than the " + limits.maxEntries() + " allowed.");
            }
            long totalBytes = 0;
            long done = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                cancel.throwIfCancelled();
                if (entry.isDirectory() || !isJson(entry.getName())) {
                    continue;
                }
                byte[] json;
                try (InputStream in = archive.getInputStream(entry)) {
                    json = readBounded(in, label + " entry " + entry.getName());
                }
                totalBytes += json.length;
                if (totalBytes > limits.maxTotalBytes()) {
                    throw tooLarge(label + " unpacks to more than " + limits.maxTotalBytes() + " bytes.");
                }
                importRecord(json, source, entry.getName());
                if (++done % 1000 == 0) {
                    progress.progress("Importing " + label, done, total);
                }
            }
        } catch (ZipException e) {
            throw badArchive(label + " is not a readable zip archive (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw badArchive(label + " could not be read (" + e.getMessage() + ").", e);
        }
        checkSomethingRead(label, before);
        return EnumSet.copyOf(inputSources);
    }

    /** Imports every {@code *.json} file below {@code folder} (symbolic links are not followed). */
    Set<Ecosystem> importDirectory(Path folder, Optional<Ecosystem> source, String label) {
        long before = stored + skipped;
        inputSources.clear();
        try (Stream<Path> files = Files.walk(folder)) {
            Iterator<Path> it = files.filter(file -> Files.isRegularFile(file) && isJson(file.getFileName().toString()))
                    .iterator();
            long count = 0;
            long totalBytes = 0;
            while (it.hasNext()) {
                Path file = it.next();
                cancel.throwIfCancelled();
                if (++count > limits.maxEntries()) {
                    throw tooLarge(label + " has more than " + limits.maxEntries() + " records.");
                }
                byte[] json;
                try (InputStream in = Files.newInputStream(file)) {
                    json = readBounded(in, file.toString());
                }
                totalBytes += json.length;
                if (totalBytes > limits.maxTotalBytes()) {
                    throw tooLarge(label + " holds more than " + limits.maxTotalBytes() + " bytes of records.");
                }
                importRecord(json, source, folder.relativize(file).toString());
                if (count % 1000 == 0) {
                    progress.progress("Importing " + label, count, -1);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw badArchive(label + " could not be read (" + e.getMessage() + ").", e);
        }
        checkSomethingRead(label, before);
        return EnumSet.copyOf(inputSources);
    }

    /** Imports one record; {@code name} is only for messages. Returns whether it was stored. */
    boolean importRecord(byte[] json, Optional<Ecosystem> source, String name) {
        OsvDocument document;
        try {
            document = parser.read(json);
        } catch (OsvFormatException e) {
            malformed++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(name + ": " + e.getMessage());
            }
            return false;
        }
        Set<Ecosystem> recordSources = source.isPresent() ? EnumSet.of(source.get()) : ecosystemsOf(document);
        try {
            if (writer.put(document, recordSources)) {
                stored++;
                sources.addAll(recordSources);
                inputSources.addAll(recordSources);
                return true;
            }
        } catch (SQLException e) {
            throw new VulnerabilityDatabaseException(Problem.WRITE_FAILED,
                    "The new vulnerability database " + writer.file() + " could not be written: " + e.getMessage() + ".",
                    "Check the free space in its folder; the database in use is unchanged.", e);
        }
        skipped++;
        return false;
    }

    ImportResult result() {
        return new ImportResult(stored, skipped, malformed, problems, sources);
    }

    private void checkSomethingRead(String label, long before) {
        if (stored + skipped == before && malformed > 0) {
            throw badArchive(label + " holds no readable OSV record"
                    + (problems.isEmpty() ? "." : " (first problem: " + problems.get(0) + ")."), null);
        }
    }

    private static Set<Ecosystem> ecosystemsOf(OsvDocument document) {
        Set<Ecosystem> found = EnumSet.noneOf(Ecosystem.class);
        for (OsvAffected affected : document.record().affected()) {
            Ecosystem.ofOsv(affected.ecosystem()).ifPresent(found::add);
        }
        return found;
    }

    private byte[] readBounded(InputStream in, String what) throws IOException {
        byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
        if (json.length > limits.maxRecordBytes()) {
            throw tooLarge(what + " is larger than the " + limits.maxRecordBytes() + " bytes a record may have.");
        }
        return json;
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static VulnerabilityDatabaseException tooLarge(String message) {
        return new VulnerabilityDatabaseException(Problem.TOO_LARGE, message,
                "Check that this is an OSV export; the database in use is unchanged.");
    }

    private static VulnerabilityDatabaseException badArchive(String message, Exception cause) {
        return new VulnerabilityDatabaseException(Problem.BAD_ARCHIVE, message,
                "Download or copy the file again; the database in use is unchanged.", cause);
    }
}
