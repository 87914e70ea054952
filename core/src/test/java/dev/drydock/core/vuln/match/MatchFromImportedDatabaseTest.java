package dev.drydock.core.vuln.match;

import dev.drydock.core.vuln.version.VersionOrderings;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.VulnerabilityDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The "done when", offline: the real advisories imported into the database, then matched. */
class MatchFromImportedDatabaseTest {

    private static final List<String> ADVISORIES = List.of("GHSA-jfh8-c2jp-5v3q", "GHSA-35jh-r3h4-6jhm",
            "GHSA-p6mc-m468-83gw", "DSA-5514-1", "DEBIAN-CVE-2023-4911", "ALPINE-CVE-2023-5363");

    @TempDir
    Path dir;

    @Test
    void oldLog4jAndLodashReportTheirCvesWithFixedVersionsAndSeverities() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("osv"));
        for (String id : ADVISORIES) {
            try (InputStream in = getClass().getResourceAsStream("/vuln/match/" + id + ".json")) {
                Files.copy(in, exports.resolve(id + ".json"));
            }
        }
        Path db = dir.resolve("vulnerabilities.db");
        new DatabaseImport().importFiles(db, List.of(exports), Optional.empty(), ProgressListener.none(),
                CancellationToken.none());

        VulnerabilityReport report;
        try (VulnerabilityDatabase database = VulnerabilityDatabase.open(db)) {
            report = new VulnerabilityMatcher(database, VersionOrderings::of).match(new InstalledPackages()
                    .jar("org.apache.logging.log4j", "log4j-core", "2.14.1")
                    .npm("lodash", "4.17.20")
                    .deb("libc6", "2.36-9+deb12u1", "glibc")
                    .on("debian", "12"));
        }

        assertThat(report.matches())
                .extracting(VulnerabilityMatch::id, VulnerabilityMatch::fixedVersion, match -> match.severity().severity())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CVE-2021-44228", "2.15.0", VulnerabilitySeverity.CRITICAL),
                        org.assertj.core.groups.Tuple.tuple("CVE-2023-4911", "2.36-9+deb12u3", VulnerabilitySeverity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("CVE-2021-23337", "4.17.21", VulnerabilitySeverity.HIGH));
        assertThat(report.notes()).isEmpty();
    }
}
