package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.scan.ScanTarget;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.app.gui.vulnerabilities.VulnerableImage;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heatmap's view-model without a toolkit or a daemon: its two "local images" are tarballs written in code
 * (each image of the list is read through a tarball target instead of the daemon's export), matched against a
 * real database of real advisories. The daemon-backed run is in {@code ImageHeatmapDaemonTest}.
 */
class ImageHeatmapViewModelTest {

    @TempDir
    static Path folder;

    static Path vulnerable;
    static Path debian10;
    static Path database;

    static final ImageSummary APP = image("sha256:" + "a".repeat(64), "vulnerable-app:1");
    static final ImageSummary OLD = image("sha256:" + "b".repeat(64), "scan-fixture:1");

    private final ObservableList<ImageSummary> images = FXCollections.observableArrayList(APP, OLD);
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);

    @BeforeAll
    static void writeImagesAndDatabase() throws Exception {
        vulnerable = VulnerableImage.tarball(folder);
        debian10 = ScanFixtures.tarball(folder);
        database = VulnerableImage.database(folder.resolve("vulnerabilities.db"));
    }

    static ImageSummary image(String id, String tag) {
        return new ImageSummary(id, List.of(tag), List.of(), 1000, Instant.parse("2025-06-01T00:00:00Z"), Map.of(), 0);
    }

    private ImageHeatmapViewModel heatmap(UiTaskRunner runner, Path databaseFile) {
        return new ImageHeatmapViewModel(runner, images, connected,
                () -> ImageInspector.using(LayerCache.in(folder.resolve("cache"))),
                () -> new VulnerabilityDatabaseService(databaseFile), Clock.fixed(VulnerableImage.IMPORTED, ZoneOffset.UTC),
                image -> {
                    Path tarball = image == APP ? vulnerable : debian10;
                    ScanTarget file = ScanTarget.tarball(tarball);
                    return new ScanTarget(file.key(), image.repoTags().get(0), file.from(), file.opener());
                });
    }

    @Test
    void everyImageGetsItsCountsPerSeverityColouredByIntensity() {
        ImageHeatmapViewModel model = heatmap(UiTaskRunner.sameThread(), database);
        model.scanAll();

        assertThat(model.stateProperty().get()).isEqualTo(ImageHeatmapViewModel.State.DONE);
        assertThat(model.messageProperty().get()).isEqualTo("Scanned 2 images.");
        assertThat(model.rows()).extracting(HeatmapRow::name).containsExactly("scan-fixture:1", "vulnerable-app:1");
        HeatmapRow old = model.rows().get(0);
        HeatmapRow app = model.rows().get(1);
        assertThat(app.count(VulnerabilitySeverity.CRITICAL)).isEqualTo(1);
        assertThat(app.count(VulnerabilitySeverity.HIGH)).isEqualTo(3);
        assertThat(app.count(VulnerabilitySeverity.LOW)).isZero();
        assertThat(old.count(VulnerabilitySeverity.HIGH)).isZero();
        assertThat(app.heat(VulnerabilitySeverity.HIGH)).isEqualTo(1.0);
        assertThat(app.heat(VulnerabilitySeverity.CRITICAL)).isBetween(0.25, 0.99);
        assertThat(app.heat(VulnerabilitySeverity.MEDIUM)).isZero();
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.note()).isEmpty());
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theUsersSuppressionFilesLeaveTheirVulnerabilitiesOutOfTheCounts() throws Exception {
        Path ignore = java.nio.file.Files.writeString(folder.resolve("heatmap.trivyignore"), "CVE-2021-44228\nCVE-2020-8203\n");
        VulnerabilityDatabaseService service = new VulnerabilityDatabaseService(database);
        service.suppressions().add(List.of(ignore));
        ImageHeatmapViewModel model = new ImageHeatmapViewModel(UiTaskRunner.sameThread(), images, connected,
                () -> ImageInspector.using(LayerCache.in(folder.resolve("cache"))), () -> service,
                Clock.fixed(VulnerableImage.IMPORTED, ZoneOffset.UTC),
                image -> ScanTarget.tarball(image == APP ? vulnerable : debian10));
        model.scanAll();

        HeatmapRow app = model.rows().stream().filter(row -> row.image() == APP).findFirst().orElseThrow();
        assertThat(app.count(VulnerabilitySeverity.CRITICAL)).isZero();
        assertThat(app.count(VulnerabilitySeverity.HIGH)).isEqualTo(2);
    }

    @Test
    void offlineThereIsNothingToScanAndDisconnectingClearsTheRows() {
        ImageHeatmapViewModel model = heatmap(UiTaskRunner.sameThread(), database);
        connected.set(false);
        model.scanAll();
        assertThat(model.rows()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(ImageHeatmapViewModel.State.IDLE);

        connected.set(true);
        model.scanAll();
        assertThat(model.rows()).hasSize(2);
        connected.set(false);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void withoutADatabaseItStopsAndSaysHowToGetOne() {
        ImageHeatmapViewModel model = heatmap(UiTaskRunner.sameThread(), folder.resolve("none/vulnerabilities.db"));
        model.scanAll();

        assertThat(model.stateProperty().get()).isEqualTo(ImageHeatmapViewModel.State.NO_DATABASE);
        assertThat(model.messageProperty().get()).contains("drydock db update");
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.matched()).isFalse());
    }

    @Test
    void cancellingKeepsTheRowsDoneSoFar() {
        Queue<Runnable> worker = new ArrayDeque<>();
        ImageHeatmapViewModel model = heatmap(new UiTaskRunner(worker::add, Runnable::run), database);
        model.scanAll();
        assertThat(model.messageProperty().get()).isEqualTo("Scanning 1 of 2: scan-fixture:1");
        worker.poll().run();
        assertThat(model.rows().get(0).matched()).isTrue();
        assertThat(model.rows().get(1).note()).isEqualTo("scanning…");

        model.cancel();
        worker.forEach(Runnable::run);

        assertThat(model.stateProperty().get()).isEqualTo(ImageHeatmapViewModel.State.CANCELLED);
        assertThat(model.rows().get(0).matched()).isTrue();
        assertThat(model.rows().get(1).matched()).isFalse();
        assertThat(model.rows().get(1).note()).isEqualTo("not scanned");
    }

    @Test
    void clickingARowOpensThatImagesScan() {
        ImageHeatmapViewModel model = heatmap(UiTaskRunner.sameThread(), database);
        List<ImageSummary> opened = new ArrayList<>();
        model.useOpener(opened::add);
        model.scanAll();

        model.open(model.rows().get(1));

        assertThat(opened).containsExactly(APP);
    }
}
