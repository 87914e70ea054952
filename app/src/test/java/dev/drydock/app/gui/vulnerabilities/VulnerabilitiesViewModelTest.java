package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.PackageType;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The Vulnerabilities tab's view-model, without a toolkit: a real database of real advisories, a scanned image. */
class VulnerabilitiesViewModelTest {

    @TempDir
    static Path folder;

    static ScannedImage image;
    static Path database;

    @BeforeAll
    static void scanAndImport() throws Exception {
        image = VulnerableImage.scanned(folder);
        database = VulnerableImage.database(folder.resolve("vulnerabilities.db"));
    }

    private static VulnerabilitiesViewModel matched(Instant now) {
        VulnerabilitiesViewModel model = new VulnerabilitiesViewModel(UiTaskRunner.sameThread(),
                new VulnerabilityDatabaseService(database), () -> now);
        model.match(image);
        return model;
    }

    @Test
    void matchesTheOldPackagesWithTheirFixedVersionsMostSeriousFirst() {
        VulnerabilitiesViewModel model = matched(VulnerableImage.IMPORTED);

        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.DONE);
        assertThat(model.table().rows())
                .extracting(VulnerabilityRow::packageName, VulnerabilityRow::installed, VulnerabilityRow::fixed,
                        VulnerabilityRow::id, VulnerabilityRow::severity, VulnerabilityRow::status)
                .containsExactly(
                        tuple("org.apache.logging.log4j:log4j-core", "2.14.1", "2.15.0", "CVE-2021-44228",
                                VulnerabilitySeverity.CRITICAL, "fixed"),
                        tuple("libc6", "2.36-9+deb12u1", "2.36-9+deb12u3", "CVE-2023-4911", VulnerabilitySeverity.HIGH, "fixed"),
                        tuple("lodash", "4.17.15", "4.17.19", "CVE-2020-8203", VulnerabilitySeverity.HIGH, "fixed"),
                        tuple("lodash", "4.17.15", "4.17.21", "CVE-2021-23337", VulnerabilitySeverity.HIGH, "fixed"));
        assertThat(model.table().rows().get(0).score()).isEqualTo(10.0);
        assertThat(model.table().rows()).extracting(VulnerabilityRow::layer).containsExactly("2", "1 (base)", "2", "2");
        assertThat(model.count(VulnerabilitySeverity.CRITICAL)).isEqualTo(1);
        assertThat(model.count(VulnerabilitySeverity.HIGH)).isEqualTo(3);
        assertThat(model.table().countText().get()).isEqualTo("4 vulnerabilities");
        assertThat(model.databaseWarningProperty().get()).isEmpty();
    }

    @Test
    void filtersNarrowBySeverityTypeInheritanceAndText() {
        VulnerabilityTable table = matched(VulnerableImage.IMPORTED).table();

        table.setSeverityShown(VulnerabilitySeverity.HIGH, false);
        assertThat(table.rows()).extracting(VulnerabilityRow::id).containsExactly("CVE-2021-44228");
        assertThat(table.countText().get()).isEqualTo("1 of 4 vulnerabilities shown");
        table.setSeverityShown(VulnerabilitySeverity.HIGH, true);

        table.hideInheritedProperty().set(true);
        assertThat(table.rows()).extracting(VulnerabilityRow::packageName).doesNotContain("libc6").hasSize(3);
        table.hideInheritedProperty().set(false);

        assertThat(table.packageTypes()).containsExactly(PackageType.DEB, PackageType.MAVEN, PackageType.NPM);
        table.packageTypeProperty().set(PackageType.NPM);
        assertThat(table.rows()).extracting(VulnerabilityRow::packageName).containsOnly("lodash").hasSize(2);
        table.packageTypeProperty().set(null);

        table.searchTextProperty().set("ghsa-jfh8");
        assertThat(table.rows()).extracting(VulnerabilityRow::id).containsExactly("CVE-2021-44228");
        table.searchTextProperty().set("");
        table.ignoreUnfixedProperty().set(true);
        assertThat(table.rows()).hasSize(4); // every one of these has a fix
    }

    @Test
    void theSelectedRowShowsSummaryIdsVectorAdvisoriesReferencesAndTheSmallestFix() {
        VulnerabilityTable table = matched(VulnerableImage.IMPORTED).table();
        table.select(table.rows().get(0));

        VulnerabilityDetails details = table.detailsProperty().get();
        assertThat(details.title()).isEqualTo("CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1");
        assertThat(details.ids()).startsWith("CVE-2021-44228").contains("GHSA-jfh8-c2jp-5v3q");
        assertThat(details.advisories()).containsExactly("GHSA-jfh8-c2jp-5v3q");
        assertThat(details.vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assertThat(details.severity()).isEqualTo("CRITICAL, CVSS 10.0");
        assertThat(details.fix()).contains("to 2.15.0");
        assertThat(details.references()).isNotEmpty().allSatisfy(reference -> assertThat(reference.url()).startsWith("https://"));
        assertThat(details.summary()).isNotBlank();

        table.hideInheritedProperty().set(true);
        assertThat(table.detailsProperty().get()).isNotNull(); // still shown
        table.setSeverityShown(VulnerabilitySeverity.CRITICAL, false);
        assertThat(table.selectedProperty().get()).isNull();
        assertThat(table.detailsProperty().get()).isNull();
    }

    @Test
    void upgradeAdviceNamesEachPackageOnceWithTheVersionThatFixesWhatIsShown() {
        VulnerabilityTable table = matched(VulnerableImage.IMPORTED).table();

        assertThat(table.upgradesProperty().get().headline()).isEqualTo("Upgrade these 3 packages to fix 4 vulnerabilities shown");
        assertThat(table.upgradesProperty().get().lines()).contains(
                "org.apache.logging.log4j:log4j-core 2.14.1 → 2.15.0 (CVE-2021-44228)",
                "glibc 2.36-9+deb12u1 → 2.36-9+deb12u3 (CVE-2023-4911)")
                .anySatisfy(line -> assertThat(line).startsWith("lodash 4.17.15 → 4.17.21 (")
                        .contains("CVE-2021-23337").contains("CVE-2020-8203"));

        table.hideInheritedProperty().set(true);
        table.packageTypeProperty().set(PackageType.NPM);
        assertThat(table.upgradesProperty().get().headline()).isEqualTo("Upgrade this package to fix 2 vulnerabilities shown");
    }

    @Test
    void aDatabaseOlderThanAWeekIsFlagged() {
        VulnerabilitiesViewModel model = matched(VulnerableImage.IMPORTED.plus(Duration.ofDays(10)));

        assertThat(model.databaseWarningProperty().get()).contains("10 days old");
        assertThat(model.table().rows()).hasSize(4);
    }

    @Test
    void withoutADatabaseItSaysHowToGetOneAndMatchesOnceOneArrives() throws Exception {
        Path later = folder.resolve("later/vulnerabilities.db");
        VulnerabilityDatabaseService service = new VulnerabilityDatabaseService(later);
        VulnerabilitiesViewModel model = new VulnerabilitiesViewModel(UiTaskRunner.sameThread(), service,
                () -> VulnerableImage.IMPORTED);
        model.match(image);

        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.NO_DATABASE);
        assertThat(model.problemProperty().get().message()).contains(later.toAbsolutePath().toString());
        assertThat(model.problemProperty().get().advice()).contains("drydock db update").contains("drydock db import");
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.databasePageAvailable()).isFalse();

        java.nio.file.Files.createDirectories(later.getParent());
        VulnerableImage.database(later);
        service.reload();
        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.DONE);
        assertThat(model.table().rows()).hasSize(4);

        boolean[] shown = {false};
        service.useDatabasePage(() -> shown[0] = true);
        model.openDatabasePage();
        assertThat(model.databasePageAvailable()).isTrue();
        assertThat(shown[0]).isTrue();
    }

    @Test
    void cancelledMatchingSaysSoAndKeepsNoResult() {
        Queue<Runnable> worker = new ArrayDeque<>();
        VulnerabilitiesViewModel model = new VulnerabilitiesViewModel(new UiTaskRunner(worker::add, Runnable::run),
                new VulnerabilityDatabaseService(database), () -> VulnerableImage.IMPORTED);
        model.match(image);
        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.MATCHING);

        model.cancel();
        worker.forEach(Runnable::run);

        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.CANCELLED);
        assertThat(model.reportProperty().get()).isNull();
        model.matchAgain();
        worker.poll();
        worker.forEach(Runnable::run);
        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.DONE);
    }

    @Test
    void aClosedTabNoLongerMatchesWhenTheDatabaseChanges() {
        VulnerabilityDatabaseService service = new VulnerabilityDatabaseService(database);
        Queue<Runnable> worker = new ArrayDeque<>();
        VulnerabilitiesViewModel model = new VulnerabilitiesViewModel(new UiTaskRunner(worker::add, Runnable::run),
                service, () -> VulnerableImage.IMPORTED);
        model.match(image);
        worker.poll().run();
        model.dispose();

        service.reload();
        assertThat(worker).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(VulnerabilitiesViewModel.State.DONE);
    }
}
