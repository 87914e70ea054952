package dev.drydock.app.gui.vulndb;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.vuln.Ecosystem;
import dev.drydock.core.vuln.db.UpdateSettings;
import dev.drydock.core.vuln.osv.OsvFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.drydock.core.vuln.osv.OsvFixtures.LOG4J;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database page's settings: checked before they are saved; once saved, remembered (the listener), used by
 * the page's age warning and by the next update's download address.
 */
class DatabaseSettingsViewModelTest {

    private static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private final List<DatabaseSettings> remembered = new ArrayList<>();
    private LoopbackOsvBucket bucket;
    private VulnerabilityDatabaseViewModel page;
    private DatabaseSettingsViewModel settings;

    @BeforeEach
    void setUp() throws Exception {
        bucket = new LoopbackOsvBucket();
        page = new VulnerabilityDatabaseViewModel(UiTaskRunner.sameThread(), clock, dir.resolve("data/vulnerabilities.db"),
                UpdateSettings.defaults(), Duration.ofDays(7));
        settings = page.databaseSettings();
        settings.onSaved(remembered::add);
    }

    @AfterEach
    void stop() {
        bucket.close();
    }

    @Test
    void theFieldsStartWithTheSettingsInUse() {
        assertThat(settings.maxAgeDaysProperty().get()).isEqualTo("7");
        assertThat(settings.baseUrlProperty().get()).isEqualTo("https://osv-vulnerabilities.storage.googleapis.com/");
        assertThat(page.downloadAddressProperty().get()).isEqualTo("https://osv-vulnerabilities.storage.googleapis.com/");
        assertThat(settings.problemProperty().get()).isEmpty();
    }

    @Test
    void daysBelowOneOrNotANumberAreRefusedAndNothingChanges() {
        for (String days : List.of("0", "-3", "seven", "1.5", "", "99999999999")) {
            settings.maxAgeDaysProperty().set(days);

            assertThat(settings.save()).as(days).isFalse();
            assertThat(settings.problemProperty().get()).as(days)
                    .contains("whole number of days, 1 or more").contains("unchanged").doesNotContain("Exception");
        }
        assertThat(settings.appliedProperty().get().maxAgeDays()).isEqualTo(7);
        assertThat(remembered).isEmpty();
        assertThat(settings.savedProperty().get()).isEmpty();
    }

    @Test
    void addressesThatAreNotHttpOrHttpsAreRefused() {
        for (String address : List.of("ftp://mirror.example.org/osv/", "file:///srv/osv", "mirror.example.org/osv", " ")) {
            settings.baseUrlProperty().set(address);

            assertThat(settings.save()).as(address).isFalse();
            assertThat(settings.problemProperty().get()).as(address).contains("http or https address");
        }
        assertThat(page.downloadAddressProperty().get()).isEqualTo("https://osv-vulnerabilities.storage.googleapis.com/");
        assertThat(remembered).isEmpty();
    }

    @Test
    void bothMistakesAreNamedAtOnceAndRevertPutsBackTheSettingsInUse() {
        settings.maxAgeDaysProperty().set("0");
        settings.baseUrlProperty().set("osv");

        settings.save();
        assertThat(settings.problemProperty().get().lines()).hasSize(3);

        settings.revert();
        assertThat(settings.maxAgeDaysProperty().get()).isEqualTo("7");
        assertThat(settings.baseUrlProperty().get()).isEqualTo("https://osv-vulnerabilities.storage.googleapis.com/");
        assertThat(settings.problemProperty().get()).isEmpty();
    }

    @Test
    void savedSettingsAreRememberedAndTheAgeWarningUsesTheNewLimit() throws Exception {
        page.importFrom(List.of(OsvFixtures.writeZip(dir.resolve("all.zip"), LOG4J)));
        clock.advance(Duration.ofDays(4));
        page.refresh();
        assertThat(page.ageWarningProperty().get()).isEmpty();

        settings.maxAgeDaysProperty().set(" 3 ");
        assertThat(settings.save()).isTrue();

        assertThat(remembered).containsExactly(new DatabaseSettings(3, URI.create("https://osv-vulnerabilities.storage.googleapis.com/")));
        assertThat(settings.savedProperty().get()).contains("warn after 3 days");
        assertThat(settings.maxAgeDaysProperty().get()).isEqualTo("3");
        assertThat(page.ageWarningProperty().get()).contains("4 days old");
    }

    @Test
    void theNextUpdateDownloadsFromTheSavedAddress() throws Exception {
        bucket.serveAllZip("Maven", OsvFixtures.zip(LOG4J));
        String address = bucket.settings().bucket().base().toString();
        for (Ecosystem each : Ecosystem.values()) {
            page.chosenProperty(each).set(each == Ecosystem.MAVEN);
        }

        settings.baseUrlProperty().set(address.substring(0, address.length() - 1)); // without the trailing slash
        assertThat(settings.save()).isTrue();
        page.update();

        assertThat(page.downloadAddressProperty().get()).isEqualTo(address);
        assertThat(remembered).extracting(DatabaseSettings::baseUrl).containsExactly(URI.create(address));
        assertThat(page.noticeProperty().get().kind()).isEqualTo(DatabaseNotice.Kind.DONE);
        assertThat(page.contentsProperty().get()).isEqualTo("1 advisory from 1 source");
    }
}
