package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.scan.ScanTarget;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.app.gui.vulnerabilities.VulnerableImage;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The overview's heatmap against the real daemon: an image with an old log4j-core, lodash and glibc is loaded,
 * read through the daemon's export like any local image, matched against a database of real advisories, and
 * shown as a row; clicking the row asks to open its scan. (Only the test's own image is listed, so other
 * images of the machine do not slow the test down.)
 */
@DaemonTest
@ExtendWith(ApplicationExtension.class)
class ImageHeatmapDaemonGuiTest {

    @TempDir
    static Path folder;

    private final ObservableList<ImageSummary> images = FXCollections.observableArrayList();
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
    private final List<ImageSummary> opened = new ArrayList<>();
    private DockerDaemon daemon;
    private ImageHeatmapViewModel heatmap;
    private UiTaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        runner = UiTaskRunner.forFx();
        Path database = folder.resolve("vulnerabilities.db");
        if (!java.nio.file.Files.exists(database)) {
            VulnerableImage.database(database);
        }
        heatmap = new ImageHeatmapViewModel(runner, images, connected,
                () -> ImageInspector.using(LayerCache.in(folder.resolve("cache"))),
                () -> new VulnerabilityDatabaseService(database), Clock.fixed(VulnerableImage.IMPORTED, ZoneOffset.UTC),
                image -> ScanTarget.daemonImage(() -> daemon, image));
        heatmap.useOpener(opened::add);
        OverviewViewModel overview = new OverviewViewModel(FXCollections.observableArrayList(), images);
        Scene scene = new Scene(new OverviewView(overview, heatmap).node(), 1000, 700);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        daemon.close();
    }

    @Test
    void eachLocalImageGetsARowOfCountsAndOpensItsScan(FxRobot robot) {
        TestImage loaded = TestImages.load(VulnerableImage.archive(TestImages.uniqueTag("vulnerable-app"))
                .label(TestImages.RUN_LABEL, TestImages.RUN_ID)); // so it is removed when the JVM ends
        ImageSummary summary = daemon.listImages().stream().filter(image -> image.id().equals(loaded.id())).findFirst().orElseThrow();
        fx(() -> images.setAll(summary) ? null : null);

        robot.clickOn("#heatmap-scan");
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> heatmap.stateProperty().get())
                == ImageHeatmapViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        HeatmapRow row = fx(() -> heatmap.rows().get(0));
        assertThat(row.name()).isEqualTo(loaded.reference());
        assertThat(row.count(VulnerabilitySeverity.CRITICAL)).isEqualTo(1);
        assertThat(row.count(VulnerabilitySeverity.HIGH)).isEqualTo(3);
        assertThat(fx(() -> robot.lookup("#heatmap-status").queryAs(Label.class).getText())).isEqualTo("Scanned 1 image.");

        @SuppressWarnings("unchecked")
        TableView<HeatmapRow> table = robot.lookup("#heatmap-table").queryAs(TableView.class);
        Node first = fx(() -> robot.from(table).lookup(".table-row-cell")
                .match((Node node) -> node instanceof TableRow<?> each && each.getIndex() == 0 && each.getItem() != null).query());
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).extracting(ImageSummary::id).containsExactly(loaded.id());
    }

    @Test
    void offlineTheHeatmapSaysItNeedsTheDaemon(FxRobot robot) {
        fx(() -> {
            connected.set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heatmap-offline").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#heatmap-scan").queryButton().isDisabled()).isTrue();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
