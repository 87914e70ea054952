package dev.drydock.app.cli;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;
import dev.drydock.core.vuln.osv.OsvFixtures;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static dev.drydock.core.vuln.osv.OsvFixtures.NETTY_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code drydock db update} from a loopback bucket serving exports of real OSV records: full and
 * incremental downloads, and failures that leave the database answering as before.
 */
class DbUpdateCommandTest {

    @TempDir
    Path dir;

    private LoopbackBucket bucket;

    @BeforeEach
    void startBucket() throws IOException {
        bucket = new LoopbackBucket()
                .serve("/osv/Maven/all.zip", OsvFixtures.zip(LOG4J))
                .serve("/osv/npm/all.zip", OsvFixtures.zip(LODASH));
    }

    @AfterEach
    void stopBucket() {
        bucket.close();
    }

    private CliRun update(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("db", "update", "--base-url", bucket.baseUrl()));
        args.addAll(List.of(options));
        return DbRun.in(dir, args.toArray(String[]::new));
    }

    @Test
    void aFirstUpdateDownloadsEachExportAndSaysSo() {
        CliRun run = update("--ecosystem", "maven,npm");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("ECOSYSTEM +DOWNLOAD +RECORDS STORED +FROM\n")
                .containsPattern("Maven +full +1 +" + bucket.baseUrl() + "/Maven/all.zip\n")
                .containsPattern("npm +full +1 +" + bucket.baseUrl() + "/npm/all.zip\n")
                .contains("Updated " + DbRun.defaultDatabase(dir) + ".", "The database now holds 2 records from 2 ecosystems.");
        assertThat(bucket.requests()).containsExactlyInAnyOrder("/osv/Maven/all.zip", "/osv/npm/all.zip");
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(DbRun.defaultDatabase(dir))) {
            assertThat(database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core"))
                    .extracting(OsvRecord::id).containsExactly(LOG4J);
            assertThat(database.advisories(Ecosystem.NPM, "lodash")).extracting(OsvRecord::id).containsExactly(LODASH);
        }
    }

    @Test
    void aSecondUpdateFetchesOnlyTheChangedRecords() {
        assertThat(update("--ecosystem", "Maven").exitCode()).isEqualTo(ExitCodes.OK);
        bucket.serve("/osv/Maven/modified_id.csv", ("2023-11-01T17:54:21Z," + NETTY_WITHDRAWN + "\n"
                        + "2022-03-25T20:56:18Z," + LOG4J + "\n").getBytes(StandardCharsets.UTF_8))
                .serve("/osv/Maven/" + NETTY_WITHDRAWN + ".json", OsvFixtures.bytes(NETTY_WITHDRAWN));
        bucket.requests().clear();

        CliRun run = update("--ecosystem", "maven");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("Maven +incremental \\(changes only\\) +1 +" + bucket.baseUrl()
                + "/Maven/modified_id.csv\n").contains("The database now holds 2 records from 1 ecosystem.");
        assertThat(bucket.requests()).containsExactly("/osv/Maven/modified_id.csv", "/osv/Maven/" + NETTY_WITHDRAWN + ".json");

        bucket.requests().clear();
        CliRun full = update("--ecosystem", "maven", "--full");
        assertThat(full.out()).containsPattern("Maven +full +1 ");
        assertThat(bucket.requests()).containsExactly("/osv/Maven/all.zip");
    }

    @Test
    void aCorruptDownloadIsAClearErrorAndTheOldDatabaseStays() throws IOException {
        assertThat(update("--ecosystem", "npm").exitCode()).isEqualTo(ExitCodes.OK);
        byte[] zip = OsvFixtures.zip(LODASH);
        byte[] corrupt = Arrays.copyOf(zip, zip.length);
        Arrays.fill(corrupt, 40, zip.length - 40, (byte) 'x');
        bucket.serve("/osv/npm/all.zip", corrupt).serve("/osv/Maven/all.zip", OsvFixtures.zip(LOG4J));

        CliRun run = update("--ecosystem", "maven", "--ecosystem", "npm", "--full");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: npm/all.zip is not a readable zip archive")
                .contains("the database in use is unchanged").doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(DbRun.defaultDatabase(dir))) {
            assertThat(database.advisories(Ecosystem.NPM, "lodash")).extracting(OsvRecord::id).containsExactly(LODASH);
            assertThat(database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core"))
                    .as("Maven, downloaded fine before npm failed, is not half-applied").isEmpty();
        }
        try (Stream<Path> files = Files.list(DbRun.defaultDatabase(dir).getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aMissingExportNamesTheAddress() {
        CliRun run = update("--ecosystem", "pypi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: " + bucket.baseUrl() + "/PyPI/all.zip does not exist (HTTP 404).")
                .contains("Check the download address");
        assertThat(DbRun.defaultDatabase(dir)).as("no database is left by a failed first update").doesNotExist();
    }

    @Test
    void anUnreachableSourceSaysSo() {
        CliRun run = DbRun.in(dir, "db", "update", "--base-url", "http://127.0.0.1:9/osv", "--ecosystem", "npm");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock: Cannot connect to 127.0.0.1:9 to download npm/all.zip.")
                .contains("drydock db import").doesNotContain("\tat ");
    }

    @Test
    void aSourceThatStopsSendingTimesOutWithAHint() {
        bucket.stall("/osv/npm/all.zip", OsvFixtures.zip(LODASH));

        CliRun run = update("--ecosystem", "npm", "--timeout", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("/osv/npm/all.zip sent nothing for 1 seconds",
                "allow more time with 'drydock db update --timeout SECONDS'");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun scheme = DbRun.in(dir, "db", "update", "--base-url", "ftp://mirror.example/osv");
        CliRun timeout = update("--timeout", "0");
        CliRun ecosystem = update("--ecosystem", "maven,cobol");

        assertThat(scheme.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(scheme.err()).contains("--base-url must be an http:// or https:// address, not 'ftp://mirror.example/osv'.");
        assertThat(timeout.err()).contains("--timeout must be 1 second or more, not 0.");
        assertThat(ecosystem.err()).contains("but was 'cobol'");
        assertThat(bucket.requests()).isEmpty();
    }
}
