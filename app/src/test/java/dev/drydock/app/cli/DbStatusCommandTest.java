package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.ImportLimits;
import dev.drydock.core.vuln.osv.OsvFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.drydock.core.vuln.osv.OsvFixtures.DEBIAN_CURL;
import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock db status}: the database's file, age and sources, in text and JSON, and what it says when there is none. */
class DbStatusCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TEN_DAYS = Duration.ofDays(10);

    @TempDir
    Path dir;

    /** Imports the fixture records as the import would have done {@code ago} ago. */
    private Path databaseImported(Duration ago) throws Exception {
        Path db = DbRun.defaultDatabase(dir);
        Path zip = OsvFixtures.writeZip(dir.resolve("all.zip"), LOG4J, LODASH, DEBIAN_CURL);
        Clock then = Clock.fixed(Instant.now().minus(ago), ZoneOffset.UTC);
        new DatabaseImport(ImportLimits.defaults(), then).importFiles(db, List.of(zip), Optional.empty(),
                ProgressListener.none(), CancellationToken.none());
        return db;
    }

    @Test
    void anOldDatabaseIsShownWithItsSourcesAndAWarning() throws Exception {
        Path db = databaseImported(TEN_DAYS);

        CliRun run = DbRun.in(dir, "db", "status");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("Vulnerability database\n")
                .containsPattern("File: +" + db)
                .containsPattern("Schema version: +1\n")
                .containsPattern("Last updated: +\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z \\(10 days ago\\)")
                .containsPattern("Records: +3\n")
                .containsPattern("Warns when older than: +7 days")
                .containsPattern("ECOSYSTEM +RECORDS +UPDATED +FROM\n")
                .containsPattern("Debian +1 +\\S+ \\(10 days ago\\) +" + dir.resolve("all.zip"))
                .containsPattern("Maven +1 ")
                .containsPattern("npm +1 ")
                .contains("Warning: The vulnerability database is 10 days old; vulnerabilities published since then"
                        + " are not reported. Update it.", "'drydock db update'");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDatabaseYoungerThanMaxAgeIsFine() throws Exception {
        databaseImported(TEN_DAYS);

        CliRun run = DbRun.in(dir, "db", "status", "--max-age", "30");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("Warns when older than: +30 days").doesNotContain("Warning");
    }

    @Test
    void jsonHasTheFactsAndTheVerdict() throws Exception {
        Path db = databaseImported(TEN_DAYS);

        CliRun run = DbRun.in(dir, "db", "status", "--format", "json");
        CliRun before = DbRun.in(dir, "--format", "json", "db", "status", "--max-age", "11");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode status = JSON.readTree(run.out());
        assertThat(status.get("file").asText()).isEqualTo(db.toString());
        assertThat(status.get("exists").asBoolean()).isTrue();
        assertThat(status.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(status.get("records").asLong()).isEqualTo(3);
        assertThat(status.get("ageSeconds").asLong()).isBetween(TEN_DAYS.toSeconds(), TEN_DAYS.toSeconds() + 60);
        assertThat(Instant.parse(status.get("lastUpdated").asText())).isBefore(Instant.now().minus(TEN_DAYS));
        assertThat(status.get("maxAgeDays").asLong()).isEqualTo(7);
        assertThat(status.get("stale").asBoolean()).isTrue();
        assertThat(status.get("warning").asText()).startsWith("The vulnerability database is 10 days old");
        assertThat(status.get("sources").findValuesAsText("ecosystem")).containsExactly("Debian", "Maven", "npm");
        assertThat(status.get("sources").get(1).get("origin").asText()).isEqualTo(dir.resolve("all.zip").toString());
        assertThat(status.get("sources").get(1).get("records").asLong()).isEqualTo(1);

        assertThat(before.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode fresh = JSON.readTree(before.out());
        assertThat(fresh.get("stale").asBoolean()).isFalse();
        assertThat(fresh.get("warning").isNull()).isTrue();
    }

    @Test
    void aMissingDatabaseSaysHowToCreateOne() throws Exception {
        CliRun text = DbRun.in(dir, "db", "status");
        CliRun json = DbRun.in(dir, "db", "status", "--format", "JSON");

        assertThat(text.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(text.out()).startsWith("There is no vulnerability database at " + DbRun.defaultDatabase(dir) + " yet.\n")
                .contains("'drydock db update'", "'drydock db import PATH'", "all.zip");
        assertThat(text.err()).isEmpty();
        assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode missing = JSON.readTree(json.out());
        assertThat(missing.get("exists").asBoolean()).isFalse();
        assertThat(missing.get("stale").asBoolean()).isTrue();
        assertThat(missing.get("sources")).isEmpty();
        assertThat(DbRun.defaultDatabase(dir)).as("status creates nothing").doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsExplainedWithHowToRebuildIt() throws Exception {
        Files.writeString(dir.resolve("damaged.db"), "this is not a database, it was overwritten by mistake");

        CliRun run = DbRun.in(dir, "db", "status", "--db", "damaged.db");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: The vulnerability database " + dir.resolve("damaged.db")
                        + " cannot be read: ")
                .contains("'drydock db update'", "'drydock db import PATH'")
                .doesNotContain("\tat ", "Exception", "Rebuild it: update the database");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDatabaseFromANewerDrydockIsExplainedWithHowToRebuildIt() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + 0x44445644); // "DDVD", as Drydock marks its databases
            statement.execute("PRAGMA user_version = 99");
            statement.execute("CREATE TABLE future (anything TEXT)");
        }

        CliRun run = DbRun.in(dir, "db", "status", "--db", newer.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("was written by a newer Drydock (schema 99; this one reads schema 1)",
                "'drydock db update'").doesNotContain("\tat ");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun negative = DbRun.in(dir, "db", "status", "--max-age", "-1");
        CliRun format = DbRun.in(dir, "db", "status", "--format", "xml");
        CliRun noCommand = DbRun.in(dir, "db");

        assertThat(negative.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(negative.err()).contains("--max-age must be 0 or more days, not -1.");
        assertThat(format.err()).contains("expected one of text, json but was 'xml'");
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(noCommand.err()).contains("Missing command: choose one of status, update, import.");
    }

    @Test
    void helpDocumentsTheJsonShapeAndExitCodes() {
        CliRun run = DbRun.in(dir, "db", "status", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: drydock db status", "--db=FILE", "--max-age=DAYS", "(default: 7)",
                "JSON output:", "maxAgeDays", "Exit codes:", "older than --max-age");
    }
}
