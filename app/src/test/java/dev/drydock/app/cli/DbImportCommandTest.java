package dev.drydock.app.cli;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;
import dev.drydock.core.vuln.osv.OsvFixtures;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.drydock.core.vuln.osv.OsvFixtures.DEBIAN_CURL;
import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock db import} of real OSV records: zips as OSV publishes them and folders of records. */
class DbImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aZipAndAFolderAreImportedAndSummarised() throws Exception {
        OsvFixtures.writeZip(dir.resolve("all.zip"), LOG4J, DEBIAN_CURL);
        OsvFixtures.writeFolder(dir.resolve("npm-records"), LODASH);

        CliRun run = DbRun.in(dir, "db", "import", "all.zip", "npm-records", "--db", "vulns.db");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path db = dir.resolve("vulns.db");
        assertThat(run.out()).startsWith("Imported 3 records from 2 inputs into " + db + ".")
                .containsPattern("Debian +1 +" + dir.resolve("all.zip"))
                .containsPattern("Maven +1 +" + dir.resolve("all.zip"))
                .containsPattern("npm +1 +" + dir.resolve("npm-records"))
                .contains("The database now holds 3 records from 3 ecosystems.");
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(db)) {
            assertThat(database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core"))
                    .extracting(OsvRecord::id).containsExactly(LOG4J);
            assertThat(database.advisories(Ecosystem.NPM, "lodash")).extracting(OsvRecord::id).containsExactly(LODASH);
            assertThat(database.advisories(Ecosystem.DEBIAN, "curl")).extracting(OsvRecord::id).containsExactly(DEBIAN_CURL);
        }
    }

    @Test
    void withoutDbTheDatabaseGoesToTheUsersDataFolder() throws Exception {
        OsvFixtures.writeZip(dir.resolve("all.zip"), LODASH);

        CliRun run = DbRun.in(dir, "db", "import", "all.zip");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("into " + DbRun.defaultDatabase(dir) + ".");
        assertThat(DbRun.defaultDatabase(dir)).isRegularFile();
    }

    @Test
    void dbMayStandBeforeTheCommandOrAfterTheGroup() throws Exception {
        OsvFixtures.writeZip(dir.resolve("all.zip"), LODASH);

        CliRun before = DbRun.in(dir, "--db", "first.db", "db", "import", "all.zip");
        CliRun group = DbRun.in(dir, "db", "--db", "second.db", "import", "all.zip");

        assertThat(before.exitCode()).as(before.err()).isEqualTo(ExitCodes.OK);
        assertThat(group.exitCode()).as(group.err()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("first.db")).isRegularFile();
        assertThat(dir.resolve("second.db")).isRegularFile();
        assertThat(DbRun.defaultDatabase(dir)).doesNotExist();
    }

    @Test
    void unreadableRecordsAreLeftOutAndNamed() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(LODASH + ".json", OsvFixtures.bytes(LODASH));
        entries.put("truncated.json", "{\"id\": \"GHSA-".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("all.zip"), OsvFixtures.zip(entries));

        CliRun run = DbRun.in(dir, "db", "import", "all.zip", "--ecosystem", "npm");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Imported 1 record from 1 input", "Left out 1 record that could not be read:",
                "  truncated.json: ");
    }

    @Test
    void aCorruptZipIsAClearErrorAndLeavesTheDatabaseAsItWas() throws Exception {
        OsvFixtures.writeZip(dir.resolve("good.zip"), LOG4J);
        assertThat(DbRun.in(dir, "db", "import", "good.zip").exitCode()).isEqualTo(ExitCodes.OK);
        byte[] zip = OsvFixtures.zip(LODASH);
        Files.write(dir.resolve("broken.zip"), Arrays.copyOf(zip, zip.length - 30));

        CliRun run = DbRun.in(dir, "db", "import", "broken.zip");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: " + dir.resolve("broken.zip") + " is not a readable zip archive")
                .contains("the database in use is unchanged").doesNotContain("\tat ", "Exception");
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(DbRun.defaultDatabase(dir))) {
            assertThat(database.status().records()).isEqualTo(1);
            assertThat(database.advisories(Ecosystem.NPM, "lodash")).isEmpty();
        }
        try (var files = Files.list(DbRun.defaultDatabase(dir).getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no temporary file is left").allMatch(name -> name.startsWith("vulnerabilities.db"))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aMissingInputOrUnknownEcosystemIsNamed() {
        CliRun missing = DbRun.in(dir, "db", "import", "nowhere.zip");
        CliRun ecosystem = DbRun.in(dir, "db", "import", "nowhere.zip", "--ecosystem", "cobol");
        CliRun nothing = DbRun.in(dir, "db", "import");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains(dir.resolve("nowhere.zip") + " does not exist.",
                "Give the path of an OSV all.zip or of a folder of OSV .json files.");
        assertThat(ecosystem.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(ecosystem.err()).contains("expected one of debian, ubuntu, alpine, red-hat, almalinux, rocky-linux,"
                + " maven, npm, pypi, go, rubygems but was 'cobol'");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(nothing.err()).contains("PATH");
        assertThat(List.of(missing.err(), ecosystem.err(), nothing.err())).noneMatch(err -> err.contains("\tat "));
    }
}
