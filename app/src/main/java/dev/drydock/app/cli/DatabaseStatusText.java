package dev.drydock.app.cli;

import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.SourceStatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** {@code drydock db status} for people: the file, its age, and one row per source. */
final class DatabaseStatusText {

    /** What fills or refreshes the database, online and offline. */
    static final String HOW_TO_FILL = "Run 'drydock db update' to download the OSV advisories, or, without internet"
            + " access, 'drydock db import PATH' with OSV all.zip files or folders of OSV .json records.";

    private DatabaseStatusText() {
    }

    static void print(PrintWriter out, DatabaseStatus status, Duration maxAge, Instant now) {
        new KeyValueReport().section("Vulnerability database")
                .line("File", status.file().toString())
                .line("Schema version", String.valueOf(status.schemaVersion()))
                .line("Last updated", status.lastUpdated() == null ? "never" : when(status.lastUpdated(), now))
                .line("Records", String.format(Locale.ROOT, "%,d", status.records()))
                .line("Warns when older than", days(maxAge.toDays()))
                .print(out);
        out.println();
        if (status.sources().isEmpty()) {
            out.println("No sources yet.");
        } else {
            TextTable table = new TextTable("ECOSYSTEM", "RECORDS", "UPDATED", "FROM");
            for (SourceStatus source : status.sources()) {
                table.add(source.ecosystem().osvName(), String.valueOf(source.records()),
                        when(source.updated(), now), source.origin());
            }
            table.print(out);
        }
        status.ageWarning(maxAge, now).ifPresent(warning -> {
            out.println();
            out.println("Warning: " + warning);
            out.println(HOW_TO_FILL);
        });
        out.flush();
    }

    static void printMissing(PrintWriter out, Path file) {
        out.println("There is no vulnerability database at " + file + " yet.");
        out.println(HOW_TO_FILL);
        out.flush();
    }

    /** {@code 2024-05-01T10:00:00Z (3 days ago)}. */
    private static String when(Instant then, Instant now) {
        String ago = HumanUnits.ago(then, now);
        String at = then.truncatedTo(ChronoUnit.SECONDS).toString();
        return ago.isEmpty() ? at : at + " (" + ago + ")";
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
