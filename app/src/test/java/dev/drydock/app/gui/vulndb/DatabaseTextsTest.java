package dev.drydock.app.gui.vulndb;

import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.DatabaseUpdater.EcosystemUpdate;
import dev.drydock.core.vuln.db.DatabaseUpdater.Mode;
import dev.drydock.core.vuln.db.ImportResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How update and import outcomes and ages read in the database panel. */
class DatabaseTextsTest {

    @Test
    void agesReadInTheLargestWholeUnit() {
        assertThat(DatabaseTexts.age(Duration.ofSeconds(40))).isEqualTo("just now");
        assertThat(DatabaseTexts.age(Duration.ofMinutes(1))).isEqualTo("1 minute ago");
        assertThat(DatabaseTexts.age(Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(DatabaseTexts.age(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 hours ago");
        assertThat(DatabaseTexts.age(Duration.ofDays(12).plusHours(5))).isEqualTo("12 days ago");
    }

    @Test
    void anUpdateNamesEachEcosystemAndHowItWasBroughtUpToDate() {
        assertThat(DatabaseTexts.updated(List.of(
                new EcosystemUpdate(Ecosystem.DEBIAN, Mode.FULL, 41_234, 0, "u"),
                new EcosystemUpdate(Ecosystem.MAVEN, Mode.INCREMENTAL, 3, 0, "u"),
                new EcosystemUpdate(Ecosystem.NPM, Mode.INCREMENTAL, 1, 2, "u"))))
                .isEqualTo("Updated Debian (whole export, 41,234 records), Maven (3 changed records) and "
                        + "npm (1 changed record). 2 records could not be read and were left out.");
    }

    @Test
    void anImportSaysWhatItStoredSkippedAndLeftOut() {
        ImportResult result = new ImportResult(5, 2, 1, List.of("BAD-1.json: not JSON"), Set.of(Ecosystem.NPM, Ecosystem.GO));

        assertThat(DatabaseTexts.imported(result, List.of(Path.of("/tmp/osv/all.zip"))))
                .isEqualTo("Imported 5 advisories (npm, Go) from all.zip. 2 records of ecosystems Drydock does not "
                        + "read were skipped. 1 record could not be read and was left out: BAD-1.json: not JSON.");
        assertThat(DatabaseTexts.imported(new ImportResult(1, 0, 0, List.of(), Set.of(Ecosystem.MAVEN)),
                List.of(Path.of("a.zip"), Path.of("b"))))
                .isEqualTo("Imported 1 advisory (Maven) from 2 inputs.");
    }
}
