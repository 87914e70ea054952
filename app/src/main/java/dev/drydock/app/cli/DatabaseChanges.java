package dev.drydock.app.cli;

import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.DatabaseUpdater.EcosystemUpdate;
import dev.drydock.core.vuln.db.DatabaseUpdater.Mode;
import dev.drydock.core.vuln.db.ImportResult;
import dev.drydock.core.vuln.db.SourceStatus;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code drydock db import} and {@code drydock db update} tell when they are done. */
final class DatabaseChanges {

    private DatabaseChanges() {
    }

    static void printImport(PrintWriter out, Path database, int inputs, ImportResult result) {
        out.println("Imported " + records(result.stored()) + " from " + (inputs == 1 ? "1 input" : inputs + " inputs")
                + " into " + database + ".");
        if (result.skipped() > 0) {
            out.println("Skipped " + records(result.skipped())
                    + ": none of their packages is in an ecosystem Drydock reads.");
        }
        printMalformed(out, result.malformed(), result.problems());
        DatabaseStatus status = statusOf(database);
        List<SourceStatus> touched = status.sources().stream()
                .filter(source -> result.sources().contains(source.ecosystem())).toList();
        if (!touched.isEmpty()) {
            out.println();
            TextTable table = new TextTable("ECOSYSTEM", "RECORDS", "FROM");
            touched.forEach(source -> table.add(source.ecosystem().osvName(), String.valueOf(source.records()),
                    source.origin()));
            table.print(out);
        }
        printTotal(out, status);
    }

    static void printUpdate(PrintWriter out, Path database, List<EcosystemUpdate> updates) {
        TextTable table = new TextTable("ECOSYSTEM", "DOWNLOAD", "RECORDS STORED", "FROM");
        long malformed = 0;
        for (EcosystemUpdate update : updates) {
            table.add(update.ecosystem().osvName(), update.mode() == Mode.FULL ? "full" : "incremental (changes only)",
                    String.valueOf(update.changed()), update.origin());
            malformed += update.malformed();
        }
        table.print(out);
        printMalformed(out, malformed, List.of());
        out.println();
        out.println("Updated " + database + ".");
        printTotal(out, statusOf(database));
    }

    private static void printMalformed(PrintWriter out, long malformed, List<String> problems) {
        if (malformed == 0) {
            return;
        }
        out.println("Left out " + records(malformed) + " that could not be read" + (problems.isEmpty() ? "." : ":"));
        problems.forEach(problem -> out.println("  " + problem));
    }

    private static void printTotal(PrintWriter out, DatabaseStatus status) {
        out.println("The database now holds " + records(status.records()) + " from "
                + (status.sources().size() == 1 ? "1 ecosystem" : status.sources().size() + " ecosystems") + ".");
        out.flush();
    }

    private static DatabaseStatus statusOf(Path database) {
        try (VulnerabilityDatabase opened = VulnerabilityDatabase.open(database)) {
            return opened.status();
        }
    }

    static String records(long count) {
        return String.format(Locale.ROOT, "%,d", count) + (count == 1 ? " record" : " records");
    }
}
