package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.osv.OsvRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a database answers for the fixture packages, to prove a failed change left it as it was. */
record DatabaseSnapshot(DatabaseStatus status, List<List<OsvRecord>> answers) {

    static DatabaseSnapshot of(Path file) {
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(file)) {
            return new DatabaseSnapshot(database.status(), List.of(
                    database.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core"),
                    database.advisories(Ecosystem.NPM, "lodash"),
                    database.advisories(Ecosystem.DEBIAN, "curl"),
                    database.advisories(Ecosystem.DEBIAN, "apache-log4j2"),
                    database.advisories(Ecosystem.ALPINE, "zlib")));
        }
    }

    /** Only the database and its lock file remain in its folder: no temporary file was left behind. */
    static void assertNoLeftovers(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> name.equals(file.getFileName().toString())
                            || name.equals(file.getFileName() + ".lock"));
        }
    }
}
