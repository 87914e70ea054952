package dev.drydock.app.cli;

import dev.drydock.app.Main;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;
import dev.drydock.core.vuln.osv.OsvFixtures;
import dev.drydock.core.vuln.osv.OsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.drydock.core.vuln.osv.OsvFixtures.LODASH;
import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping {@code drydock db update} from outside, in a separate JVM: the shutdown hook that Ctrl+C
 * runs cancels the download, the command says so, and the database is left as it was. The test sends
 * SIGTERM, which runs the same hook as Ctrl+C's SIGINT but, unlike SIGINT, is never ignored by a JVM
 * started in the background.
 */
class DbCancelTest {

    @TempDir
    Path dir;

    @Test
    void stoppingAnUpdateLeavesTheDatabaseAsItWas() throws Exception {
        Path db = dir.resolve("vulnerabilities.db");
        new DatabaseImport().importFiles(db, List.of(OsvFixtures.writeZip(dir.resolve("maven.zip"), LOG4J)),
                Optional.empty(), ProgressListener.none(), CancellationToken.none());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        try (LoopbackBucket bucket = new LoopbackBucket().stall("/osv/npm/all.zip", OsvFixtures.zip(LODASH))) {
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "db", "update", "--base-url", bucket.baseUrl(), "--ecosystem", "npm", "--db", db.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                assertThat(bucket.awaitStalled(60)).as("the download started").isTrue();
                process.destroy();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the update stopped").isTrue();
            } finally {
                process.destroyForcibly();
            }
        }

        assertThat(Files.readString(err)).isEqualTo("drydock: update cancelled; the vulnerability database is unchanged."
                + System.lineSeparator());
        assertThat(Files.readString(out)).isEmpty();
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(db)) {
            assertThat(database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core"))
                    .extracting(OsvRecord::id).containsExactly(LOG4J);
            assertThat(database.advisories(Ecosystem.NPM, "lodash")).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
