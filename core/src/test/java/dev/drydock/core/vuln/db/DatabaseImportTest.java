package dev.drydock.core.vuln.db;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;
import dev.drydock.core.vuln.osv.OsvFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static dev.drydock.core.vuln.osv.OsvFixtures.DEBIAN_CURL;
import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every failed import leaves the database in use answering exactly as before, and no temporary file. */
class DatabaseImportTest {

    @TempDir
    Path dir;

    private Path db;
    private DatabaseSnapshot before;

    @BeforeEach
    void existingDatabase() throws Exception {
        db = dir.resolve("data/vulnerabilities.db");
        new DatabaseImport().importFiles(db, List.of(OsvFixtures.writeZip(dir.resolve("old.zip"), LOG4J, DEBIAN_CURL)),
                Optional.empty(), ProgressListener.none(), CancellationToken.none());
        before = DatabaseSnapshot.of(db);
    }

    private void assertUnchanged() throws Exception {
        assertThat(DatabaseSnapshot.of(db)).isEqualTo(before);
        DatabaseSnapshot.assertNoLeftovers(db);
    }

    @Test
    void aCorruptZipChangesNothing() throws Exception {
        byte[] zip = OsvFixtures.zip(LODASH);
        Path broken = Files.write(dir.resolve("broken.zip"), java.util.Arrays.copyOf(zip, zip.length - 30));

        assertThatThrownBy(() -> importZip(broken, ImportLimits.defaults(), CancellationToken.none()))
                .isInstanceOfSatisfying(VulnerabilityDatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_ARCHIVE);
                    assertThat(e.getMessage()).contains("broken.zip").contains("not a readable zip");
                    assertThat(e.advice()).contains("unchanged");
                });
        assertUnchanged();
    }

    @Test
    void anArchiveBeyondTheLimitsChangesNothing() throws Exception {
        Path zip = OsvFixtures.writeZip(dir.resolve("big.zip"), LODASH, LOG4J);

        assertThatThrownBy(() -> importZip(zip, new ImportLimits(1, 1 << 30, 1 << 20, 1 << 30), CancellationToken.none()))
                .isInstanceOfSatisfying(VulnerabilityDatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                    assertThat(e.getMessage()).contains("2 entries");
                });
        assertThatThrownBy(() -> importZip(zip, new ImportLimits(10, 1 << 30, 1000, 1 << 30), CancellationToken.none()))
                .isInstanceOfSatisfying(VulnerabilityDatabaseException.class,
                        e -> assertThat(e.getMessage()).contains("larger than the 1000 bytes"));
        assertThatThrownBy(() -> importZip(zip, new ImportLimits(10, 4000, 1 << 20, 1 << 30), CancellationToken.none()))
                .isInstanceOfSatisfying(VulnerabilityDatabaseException.class,
                        e -> assertThat(e.getMessage()).contains("unpacks to more than 4000 bytes"));
        assertUnchanged();
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        CancellationToken token = CancellationToken.create();
        token.cancel();

        assertThatThrownBy(() -> importZip(OsvFixtures.writeZip(dir.resolve("new.zip"), LODASH), ImportLimits.defaults(), token))
                .isInstanceOf(CancelledException.class);
        assertUnchanged();
    }

    @Test
    void aFolderOfRecordsIsImportedLikeAZip() throws Exception {
        Path folder = OsvFixtures.writeFolder(dir.resolve("osv/npm"), LODASH);
        new DatabaseImport().importFiles(db, List.of(folder), Optional.empty(), ProgressListener.none(), CancellationToken.none());

        DatabaseSnapshot after = DatabaseSnapshot.of(db);
        assertThat(after.answers().get(1)).hasSize(1);
        assertThat(after.answers().get(0)).isEqualTo(before.answers().get(0));
        DatabaseSnapshot.assertNoLeftovers(db);
    }

    @Test
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> importZip(dir.resolve("nowhere.zip"), ImportLimits.defaults(), CancellationToken.none()))
                .hasMessageContaining("nowhere.zip does not exist");
    }

    private void importZip(Path zip, ImportLimits limits, CancellationToken token) {
        new DatabaseImport(limits, Clock.systemUTC()).importFiles(db, List.of(zip), Optional.empty(),
                ProgressListener.none(), token);
    }
}
