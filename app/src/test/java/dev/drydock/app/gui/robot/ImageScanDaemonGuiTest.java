package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.scan.ImageFindingRow;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.scan.PackageRow;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.shell.Page;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against the real daemon: an image loaded from a tarball built in code is picked on the Images page
 * and scanned with "Scan"; the scan, read from the daemon's export, shows what the tarball holds.
 */
@DaemonTest
@ExtendWith(ApplicationExtension.class)
class ImageScanDaemonGuiTest {

    @TempDir
    static Path folder;

    private WorkbenchViewModel workbench;

    @Start
    void start(Stage stage) {
        WorkbenchPreferences preferences = WorkbenchPreferences.inMemory();
        preferences.saveEndpointChoice(EndpointChoice.host(TestDocker.endpoint().uri()));
        workbench = DrydockApp.show(stage, new CoreConnectionBackend(), preferences,
                RecoveryStore.besideSettings(folder.resolve("settings.json"))).workbench();
        workbench.scans().useInspector(ImageInspector.using(LayerCache.in(folder.resolve("cache"))));
        workbench.connect();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.close()).get(15, TimeUnit.SECONDS);
    }

    @Test
    void scanOnTheImagesPageScansTheDaemonsImage(FxRobot robot) throws Exception {
        TestImage image = TestImages.load(ScanFixtures.archive(TestImages.uniqueTag("scan-gui"))
                .label(TestImages.RUN_LABEL, TestImages.RUN_ID));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> workbench.connection().connectedProperty().get()));
        robot.clickOn("#nav-images");
        @SuppressWarnings("unchecked")
        TableView<ImageSummary> images = robot.lookup("#images-table").queryAs(TableView.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> images.getItems().stream()
                .anyMatch(row -> row.id().equals(image.id()))));
        fx(() -> {
            ImageSummary row = images.getItems().stream().filter(each -> each.id().equals(image.id())).findFirst().orElseThrow();
            images.getSelectionModel().select(row);
            images.scrollTo(row);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#image-scan");

        assertThat(fx(() -> workbench.pageProperty().get())).isEqualTo(Page.SCANS);
        ImageScanViewModel scan = fx(() -> workbench.scans().selectedProperty().get());
        assertThat(scan.target().name()).isEqualTo(image.reference());
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> scan.stateProperty().get() != ImageScanViewModel.State.RUNNING));
        assertThat(fx(() -> scan.messageProperty().get())).isEmpty();
        assertThat(fx(() -> scan.stateProperty().get())).isEqualTo(ImageScanViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#scan-tab-packages");
        @SuppressWarnings("unchecked")
        TableView<PackageRow> packages = robot.lookup("#scan-packages-table").queryAs(TableView.class);
        assertThat(fx(() -> List.copyOf(packages.getItems()))).extracting(PackageRow::name)
                .containsExactlyInAnyOrder("bash", "libc6", "left-pad");
        assertThat(fx(() -> scan.reportProperty().get().image().config().imageId())).isEqualTo(image.id());
        List<String> fromTarball = ScanFixtures.report(folder).audit().findings().stream().map(f -> f.ruleId()).sorted().toList();
        assertThat(fx(() -> scan.findings().allRows().stream().map(ImageFindingRow::ruleId).sorted().toList()))
                .as("the daemon's export and the tarball give the same findings").isEqualTo(fromTarball);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
