package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** One scan's view-model, without a toolkit: a tarball built in code is scanned for real. */
class ImageScanViewModelTest {

    @TempDir
    Path folder;

    private ImageScanViewModel scanned(Path tarball) {
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(tarball), UiTaskRunner.sameThread(),
                ImageInspector.using(LayerCache.in(folder.resolve("cache"))), () -> ScanFixtures.TODAY);
        scan.start();
        return scan;
    }

    @Test
    void aFinishedScanFillsEveryTab() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));

        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.DONE);
        assertThat(scan.layers()).extracting(LayerRow::number, LayerRow::command, LayerRow::fromBase).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "ADD file:0b1f0c in /", true),
                org.assertj.core.groups.Tuple.tuple(2, "COPY app /app", false),
                org.assertj.core.groups.Tuple.tuple(3, "RUN rm -rf /app/old", false));
        assertThat(scan.packages().rows()).extracting(PackageRow::name).containsExactlyInAnyOrder("bash", "libc6", "left-pad");
        assertThat(scan.allFilesProperty().get()).isNotNull();
        assertThat(scan.shownFilesProperty().get()).isSameAs(scan.allFilesProperty().get());
        assertThat(scan.findings().allRows()).extracting(ImageFindingRow::ruleId).contains("DI1017");
    }

    @Test
    void theSummaryNamesTheDistributionItsEndOfLifeAndCountsPackagesByType() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));

        ScanSummary.Line endOfLife = line(scan, "Contents", "End of life");
        assertThat(line(scan, "Contents", "Distribution").value()).startsWith("Debian GNU/Linux 10 (buster)");
        assertThat(endOfLife.value()).contains("reached its end of life");
        assertThat(endOfLife.risky()).isTrue();
        assertThat(line(scan, "Contents", "Packages").value()).isEqualTo("3 (deb 2, npm 1)");
        assertThat(line(scan, "Contents", "Layers").value()).startsWith("3 (1 from the base image)");
        assertThat(line(scan, "Image", "User").value()).isEqualTo("root (no USER set)");
        ScanSummary.Section skipped = section(scan, "Checks that could not run");
        List<String> reasons = scan.reportProperty().get().audit().skipped().stream().map(check -> "skipped: " + check.reason()).toList();
        assertThat(skipped.lines()).extracting(ScanSummary.Line::value).containsExactlyElementsOf(
                reasons.isEmpty() ? List.of("every check ran") : reasons);
    }

    @Test
    void secretsAreListedMaskedAndTheDeletedOneIsMarked() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));

        assertThat(scan.secrets()).extracting(SecretRow::where).contains("app/.aws/credentials:2", "app/old/.aws/credentials:2");
        assertThat(scan.secrets()).allSatisfy(row -> assertThat(row.maskedEvidence())
                .doesNotContain(ScanFixtures.VISIBLE_KEY).doesNotContain(ScanFixtures.DELETED_KEY));
        assertThat(scan.secrets()).filteredOn(SecretRow::hidden).extracting(SecretRow::where)
                .containsExactly("app/old/.aws/credentials:2");
        assertThat(scan.findings().allRows()).allSatisfy(row -> assertThat(row.message() + row.evidence())
                .doesNotContain(ScanFixtures.VISIBLE_KEY).doesNotContain(ScanFixtures.DELETED_KEY));
    }

    @Test
    void packagesAreFilteredByTypeAndText() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));
        PackagesViewModel packages = scan.packages();

        assertThat(packages.types()).containsExactly(PackageType.DEB, PackageType.NPM);
        packages.typeProperty().set(PackageType.NPM);
        assertThat(packages.rows()).extracting(PackageRow::name).containsExactly("left-pad");
        assertThat(packages.rows().get(0).purl()).isEqualTo("pkg:npm/left-pad@1.3.0");
        assertThat(packages.countText().get()).isEqualTo("1 of 3 packages");

        packages.typeProperty().set(null);
        packages.searchTextProperty().set("LIBC");
        assertThat(packages.rows()).extracting(PackageRow::name).containsExactly("libc6");
        assertThat(packages.rows().get(0).layer()).isEqualTo(1);
    }

    @Test
    void findingsInheritedFromTheBaseImageCanBeHiddenAndSeveritiesToggled() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));
        ImageFindingsViewModel findings = scan.findings();
        List<ImageFindingRow> inherited = findings.allRows().stream().filter(ImageFindingRow::inherited).toList();
        assertThat(inherited).extracting(ImageFindingRow::path).as("the setuid su of the base layer").contains("bin/su");

        findings.hideInheritedProperty().set(true);
        assertThat(findings.rows()).hasSize(findings.allRows().size() - inherited.size()).noneMatch(ImageFindingRow::inherited);
        assertThat(findings.countText().get()).isEqualTo(findings.rows().size() + " of " + findings.allRows().size() + " findings shown");

        findings.hideInheritedProperty().set(false);
        Severity most = findings.rows().get(0).severity();
        findings.setSeverityShown(most, false);
        assertThat(findings.rows()).noneMatch(row -> row.severity() == most);
        assertThat(findings.countsProperty().get().get(most)).isPositive();
    }

    @Test
    void selectingAFindingExplainsItsRule() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));
        ImageFindingRow secret = scan.findings().rows().stream().filter(row -> row.ruleId().equals("DI1017")).findFirst().orElseThrow();

        scan.findings().select(secret);

        assertThat(scan.explanation().explanationProperty().get().ruleId()).isEqualTo("DI1017");
        assertThat(secret.layer()).isEqualTo(2);
    }

    @Test
    void filesAreFilteredToTheChangesOfOneLayer() throws Exception {
        ImageScanViewModel scan = scanned(ScanFixtures.tarball(folder));

        scan.filesLayerProperty().set(2);

        assertThat(FileTreeTest.paths(scan.shownFilesProperty().get())).contains("app/old").doesNotContain("etc/passwd");
        scan.filesLayerProperty().set(-1);
        assertThat(scan.shownFilesProperty().get()).isSameAs(scan.allFilesProperty().get());
    }

    @Test
    void aFileThatIsNotAnImageFailsWithAMessageForTheUser() throws Exception {
        Path notAnImage = Files.writeString(folder.resolve("notes.tar"), "these are not the layers you are looking for");

        ImageScanViewModel scan = scanned(notAnImage);

        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.FAILED);
        assertThat(scan.problemProperty().get().title()).isEqualTo("Could not scan notes.tar");
        assertThat(scan.messageProperty().get()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(scan.reportProperty().get()).isNull();
    }

    @Test
    void cancellingARunningScanStopsItAndSaysSo() throws Exception {
        Queue<Runnable> worker = new ArrayDeque<>();
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(ScanFixtures.tarball(folder)),
                new UiTaskRunner(worker::add, Runnable::run), ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY);
        scan.start();
        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.RUNNING);

        scan.cancel();
        worker.remove().run();

        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.CANCELLED);
        assertThat(scan.messageProperty().get()).isEqualTo("Scan cancelled.");
        assertThat(scan.reportProperty().get()).isNull();
    }

    @Test
    void scanningAgainKeepsTheFormerResultUntilTheNewOneArrives() throws Exception {
        Queue<Runnable> worker = new ArrayDeque<>();
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(ScanFixtures.tarball(folder)),
                new UiTaskRunner(worker::add, Runnable::run), ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY);
        scan.start();
        runAll(worker); // the scan, then matching its packages against the vulnerability database
        var first = scan.reportProperty().get();

        scan.start();
        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.RUNNING);
        assertThat(scan.reportProperty().get()).isSameAs(first);
        runAll(worker);

        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.DONE);
        assertThat(scan.reportProperty().get()).isNotSameAs(first);
    }

    private static void runAll(Queue<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.remove().run();
        }
    }

    @Test
    void theSummaryCountsVulnerabilitiesBySeverityOrSaysWhyThereAreNone() throws Exception {
        Path database = dev.drydock.app.gui.vulnerabilities.VulnerableImage.database(folder.resolve("summary/vulnerabilities.db"));
        Path image = dev.drydock.app.gui.vulnerabilities.VulnerableImage.tarball(Files.createDirectories(folder.resolve("summary-image")));
        ImageScanViewModel matched = new ImageScanViewModel(ScanTarget.tarball(image), UiTaskRunner.sameThread(),
                ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY,
                new dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService(database),
                () -> dev.drydock.app.gui.vulnerabilities.VulnerableImage.IMPORTED);
        matched.start();
        assertThat(line(matched, "Vulnerabilities", "Critical")).isEqualTo(new ScanSummary.Line("Critical", "1", true));
        assertThat(line(matched, "Vulnerabilities", "High").value()).isEqualTo("3");
        assertThat(line(matched, "Vulnerabilities", "Medium")).isEqualTo(new ScanSummary.Line("Medium", "0", false));

        ImageScanViewModel unmatched = new ImageScanViewModel(ScanTarget.tarball(image), UiTaskRunner.sameThread(),
                ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY,
                new dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService(folder.resolve("none/vulnerabilities.db")),
                () -> dev.drydock.app.gui.vulnerabilities.VulnerableImage.IMPORTED);
        unmatched.start();
        assertThat(line(unmatched, "Vulnerabilities", "Not matched").value()).contains("drydock db update");
    }

    private static ScanSummary.Section section(ImageScanViewModel scan, String title) {
        return scan.summary().stream().filter(section -> section.title().equals(title)).findFirst().orElseThrow();
    }

    private static ScanSummary.Line line(ImageScanViewModel scan, String section, String label) {
        return section(scan, section).lines().stream().filter(line -> line.label().equals(label)).findFirst().orElseThrow();
    }
}
