package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseUpdater.EcosystemUpdate;
import dev.drydock.core.vuln.db.DatabaseUpdater.Mode;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;
import dev.drydock.core.vuln.osv.OsvFixtures;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static dev.drydock.core.vuln.osv.OsvFixtures.DEBIAN_CURL;
import static dev.drydock.core.vuln.osv.OsvFixtures.DEBIAN_LOG4J;
import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static dev.drydock.core.vuln.osv.OsvFixtures.NETTY_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates from a loopback bucket serving fixture exports. Every failure leaves the database in use
 * answering exactly as before and removes the update's temporary files.
 */
class DatabaseUpdaterTest {

    @TempDir
    Path dir;

    private final FixtureBucket server = newServer();
    private Path db;
    private DatabaseSnapshot before;

    private static FixtureBucket newServer() {
        try {
            return new FixtureBucket();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void firstUpdate() {
        db = dir.resolve("data/vulnerabilities.db");
        server.serve("/osv/Maven/all.zip", OsvFixtures.zip(LOG4J))
                .serve("/osv/Debian/all.zip", OsvFixtures.zip(DEBIAN_CURL, DEBIAN_LOG4J));
        List<EcosystemUpdate> done = updater(settings()).update(db, Set.of(Ecosystem.MAVEN, Ecosystem.DEBIAN),
                ProgressListener.none(), CancellationToken.none());
        assertThat(done).extracting(EcosystemUpdate::mode).containsOnly(Mode.FULL);
        before = DatabaseSnapshot.of(db);
        server.requests().clear();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aFirstUpdateDownloadsEachEcosystemsExport() {
        assertThat(before.answers().get(0)).extracting(OsvRecord::id).containsExactly(LOG4J);
        assertThat(before.answers().get(2)).extracting(OsvRecord::id).containsExactly(DEBIAN_CURL);
        assertThat(before.status().sources()).extracting(SourceStatus::ecosystem, SourceStatus::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Ecosystem.DEBIAN, server.bucket().allZip(Ecosystem.DEBIAN).toString()),
                org.assertj.core.groups.Tuple.tuple(Ecosystem.MAVEN, server.bucket().allZip(Ecosystem.MAVEN).toString()));
    }

    @Test
    void aRefreshDownloadsOnlyTheRecordsChangedSinceTheLastUpdate() throws Exception {
        server.serve("/osv/Maven/modified_id.csv", ("2023-11-01T17:54:21Z,GHSA-57m8-f3v5-hm5m\n"
                        + "2022-03-25T20:56:18Z,GHSA-jfh8-c2jp-5v3q\n2021-01-01T00:00:00Z,GHSA-older-than-the-store\n")
                        .getBytes(StandardCharsets.UTF_8))
                .serve("/osv/Maven/GHSA-57m8-f3v5-hm5m.json", OsvFixtures.bytes(NETTY_WITHDRAWN));

        List<EcosystemUpdate> done = updater(settings()).update(db, Set.of(Ecosystem.MAVEN), ProgressListener.none(),
                CancellationToken.none());

        assertThat(done).singleElement().satisfies(update -> {
            assertThat(update.mode()).isEqualTo(Mode.INCREMENTAL);
            assertThat(update.changed()).isEqualTo(1);
        });
        assertThat(server.requests()).containsExactly("/osv/Maven/modified_id.csv", "/osv/Maven/GHSA-57m8-f3v5-hm5m.json");
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(db)) {
            assertThat(database.advisories(Ecosystem.MAVEN, "io.netty:netty-handler")).hasSize(1);
            assertThat(database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core")).hasSize(1);
            assertThat(database.status().sources()).filteredOn(s -> s.ecosystem() == Ecosystem.MAVEN)
                    .singleElement().satisfies(maven -> assertThat(maven.records()).isEqualTo(2));
        }
        DatabaseSnapshot.assertNoLeftovers(db);
    }

    @Test
    void withoutAModifiedListTheWholeExportIsDownloadedAgain() throws Exception {
        server.serve("/osv/Maven/all.zip", OsvFixtures.zip(NETTY_WITHDRAWN));

        List<EcosystemUpdate> done = updater(settings()).update(db, Set.of(Ecosystem.MAVEN), ProgressListener.none(),
                CancellationToken.none());

        assertThat(done).singleElement().extracting(EcosystemUpdate::mode).isEqualTo(Mode.FULL);
        assertThat(server.requests()).containsExactly("/osv/Maven/modified_id.csv", "/osv/Maven/all.zip");
        DatabaseSnapshot after = DatabaseSnapshot.of(db);
        assertThat(after.answers().get(0)).as("log4j left the Maven export").isEmpty();
        assertThat(after.answers().get(2)).as("Debian untouched").isEqualTo(before.answers().get(2));
    }

    @Test
    void aNewEcosystemIsAddedWithProgressReported() throws Exception {
        byte[] zip = OsvFixtures.zip(LODASH);
        server.serve("/osv/npm/all.zip", zip);
        AtomicLong lastDone = new AtomicLong();

        updater(settings()).update(db, Set.of(Ecosystem.NPM), (message, done, total) -> lastDone.set(done),
                CancellationToken.none());

        assertThat(DatabaseSnapshot.of(db).answers().get(1)).extracting(OsvRecord::id).containsExactly(LODASH);
        assertThat(lastDone.get()).isBetween(0L, (long) zip.length);
    }

    @Test
    void aServerDyingMidDownloadChangesNothing() throws Exception {
        server.answer("/osv/npm/all.zip", FixtureBucket.dyingHalfway(OsvFixtures.zip(LODASH, LOG4J)));

        assertFailsWith(Problem.DOWNLOAD_FAILED, Set.of(Ecosystem.NPM), settings(), CancellationToken.none());
    }

    @Test
    void aCorruptZipChangesNothing() throws Exception {
        byte[] zip = OsvFixtures.zip(LODASH);
        byte[] corrupt = Arrays.copyOf(zip, zip.length);
        Arrays.fill(corrupt, 40, zip.length - 40, (byte) 'x');
        server.serve("/osv/npm/all.zip", corrupt);

        assertFailsWith(Problem.BAD_ARCHIVE, Set.of(Ecosystem.NPM), settings(), CancellationToken.none());
    }

    @Test
    void aMissingExportChangesNothing() throws Exception {
        VulnerabilityDatabaseException e = assertFailsWith(Problem.SOURCE_NOT_FOUND, Set.of(Ecosystem.PYPI), settings(),
                CancellationToken.none());
        assertThat(e.getMessage()).contains("/osv/PyPI/all.zip").contains("404");
    }

    @Test
    void anOversizeDownloadChangesNothing() throws Exception {
        byte[] zip = OsvFixtures.zip(LODASH, LOG4J);
        server.serve("/osv/npm/all.zip", zip);
        UpdateSettings small = withLimits(new ImportLimits(100, 1 << 30, 1 << 20, zip.length - 1));

        assertFailsWith(Problem.TOO_LARGE, Set.of(Ecosystem.NPM), small, CancellationToken.none());
        assertThat(server.requests()).containsExactly("/osv/npm/all.zip");

        server.answer("/osv/npm/all.zip", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            exchange.getResponseBody().write(zip);
        });
        assertFailsWith(Problem.TOO_LARGE, Set.of(Ecosystem.NPM), small, CancellationToken.none());
    }

    @Test
    void aCancelledDownloadChangesNothing() throws Exception {
        server.answer("/osv/npm/all.zip", server.stalling(OsvFixtures.zip(LODASH)));
        CancellationToken token = CancellationToken.create();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            token.cancel();
        });
        canceller.start();

        assertThatThrownBy(() -> updater(settings()).update(db, Set.of(Ecosystem.NPM), ProgressListener.none(), token))
                .isInstanceOf(CancelledException.class);
        canceller.join();
        assertThat(DatabaseSnapshot.of(db)).isEqualTo(before);
        DatabaseSnapshot.assertNoLeftovers(db);
    }

    @Test
    void aSourceThatStopsSendingTimesOutAndChangesNothing() throws Exception {
        server.answer("/osv/npm/all.zip", server.stalling(OsvFixtures.zip(LODASH)));
        UpdateSettings impatient = new UpdateSettings(server.bucket(), Duration.ofSeconds(2), Duration.ofMillis(500),
                ImportLimits.defaults(), true, 100, 1 << 20);

        VulnerabilityDatabaseException e = assertFailsWith(Problem.TIMEOUT, Set.of(Ecosystem.NPM), impatient,
                CancellationToken.none());
        assertThat(e.getMessage()).contains("sent nothing");
    }

    @Test
    void anUnreachableSourceSaysSo() throws Exception {
        UpdateSettings nowhere = settings().withBucket(new OsvBucket(java.net.URI.create("http://127.0.0.1:9/osv/")));

        VulnerabilityDatabaseException e = assertFailsWith(Problem.DOWNLOAD_FAILED, Set.of(Ecosystem.NPM), nowhere,
                CancellationToken.none());
        assertThat(e.getMessage()).contains("Cannot connect to 127.0.0.1:9");
    }

    private VulnerabilityDatabaseException assertFailsWith(Problem problem, Set<Ecosystem> ecosystems, UpdateSettings settings,
                                                           CancellationToken token) throws Exception {
        VulnerabilityDatabaseException[] thrown = new VulnerabilityDatabaseException[1];
        assertThatThrownBy(() -> updater(settings).update(db, ecosystems, ProgressListener.none(), token))
                .isInstanceOfSatisfying(VulnerabilityDatabaseException.class, e -> {
                    assertThat(e.problem()).as(e.explain()).isEqualTo(problem);
                    assertThat(e.advice()).contains("unchanged");
                    thrown[0] = e;
                });
        assertThat(DatabaseSnapshot.of(db)).isEqualTo(before);
        DatabaseSnapshot.assertNoLeftovers(db);
        return thrown[0];
    }

    private UpdateSettings settings() {
        return new UpdateSettings(server.bucket(), Duration.ofSeconds(2), Duration.ofSeconds(5), ImportLimits.defaults(),
                true, 100, 1 << 20);
    }

    private UpdateSettings withLimits(ImportLimits limits) {
        UpdateSettings base = settings();
        return new UpdateSettings(base.bucket(), base.connectTimeout(), base.readTimeout(), limits, true, 100, 1 << 20);
    }

    private static DatabaseUpdater updater(UpdateSettings settings) {
        return new DatabaseUpdater(settings);
    }
}
