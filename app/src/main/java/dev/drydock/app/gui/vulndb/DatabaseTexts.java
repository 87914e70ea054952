package dev.drydock.app.gui.vulndb;

import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.DatabaseUpdater.EcosystemUpdate;
import dev.drydock.core.vuln.db.DatabaseUpdater.Mode;
import dev.drydock.core.vuln.db.ImportResult;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How the database's status and the outcome of updates and imports read in the panel. */
final class DatabaseTexts {

    /** How the panel explains a missing database: the two ways to get one. */
    static final String HOW_TO_GET_ONE = "Get one in either of two ways: Update downloads the OSV advisories of the "
            + "ecosystems you choose (needs access to the download address below), or Import reads OSV all.zip "
            + "files or folders of OSV .json records you copied to this machine (works offline).";

    private DatabaseTexts() {
    }

    /** {@code just now}, {@code 5 minutes ago}, {@code 3 hours ago}, {@code 9 days ago}. */
    static String age(Duration age) {
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return count(age.toMinutes(), "minute") + " ago";
        }
        if (age.toDays() < 1) {
            return count(age.toHours(), "hour") + " ago";
        }
        return count(age.toDays(), "day") + " ago";
    }

    /** {@code 2024-05-01 14:03 (3 days ago)}, or {@code never}. */
    static String lastUpdated(DatabaseStatus status, Instant now) {
        return status.lastUpdated() == null ? "never"
                : Formats.dateTime(status.lastUpdated()) + " (" + age(status.age(now).orElseThrow()) + ")";
    }

    /** {@code 1,234 advisories from 3 sources}. */
    static String contents(DatabaseStatus status) {
        return count(status.records(), "advisory", "advisories") + " from " + count(status.sources().size(), "source");
    }

    /** {@code Updated Maven (whole export, 1,234 records) and npm (3 changed records).} */
    static String updated(List<EcosystemUpdate> updates) {
        if (updates.isEmpty()) {
            return "Nothing to update.";
        }
        List<String> parts = new ArrayList<>();
        long malformed = 0;
        for (EcosystemUpdate update : updates) {
            parts.add(update.ecosystem().osvName() + (update.mode() == Mode.FULL
                    ? " (whole export, " + count(update.changed(), "record") + ")"
                    : " (" + count(update.changed(), "changed record") + ")"));
            malformed += update.malformed();
        }
        return "Updated " + joined(parts) + "." + leftOut(malformed, List.of());
    }

    /** {@code Imported 5 advisories (Maven, npm) from all.zip.} and what was left out. */
    static String imported(ImportResult result, List<Path> inputs) {
        String sources = result.sources().stream().sorted(Comparator.naturalOrder()).map(Ecosystem::osvName)
                .reduce((a, b) -> a + ", " + b).map(names -> " (" + names + ")").orElse("");
        String from = inputs.size() == 1 ? String.valueOf(inputs.get(0).getFileName()) : count(inputs.size(), "input");
        String skipped = result.skipped() == 0 ? ""
                : " " + count(result.skipped(), "record") + " of ecosystems Drydock does not read were skipped.";
        return "Imported " + count(result.stored(), "advisory", "advisories") + sources + " from " + from + "."
                + skipped + leftOut(result.malformed(), result.problems());
    }

    private static String leftOut(long malformed, List<String> problems) {
        if (malformed == 0) {
            return "";
        }
        String text = " " + count(malformed, "record") + " could not be read and "
                + (malformed == 1 ? "was" : "were") + " left out";
        return text + (problems.isEmpty() ? "." : ": " + problems.get(0) + (problems.get(0).endsWith(".") ? "" : "."));
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
