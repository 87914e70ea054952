package dev.drydock.app.gui;

import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.settings.RecoveryStore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window (connected to the daemon the environment names, with settings of its own
 * in a temporary folder), scans an image tarball and shows one of the scan's tabs with a row selected:
 * the state of the README's image-scan screenshot. For manual runs under Xvfb (not a test). Arguments:
 * {@code [tarball] [tab: summary|layers|files|packages|secrets|findings]}; without a tarball, the
 * test fixture image (Debian 10 base, packages, planted keys, a setuid file) is written to a
 * temporary folder and scanned.
 */
public final class ScanScreenshotScenario {

    private ScanScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path tarball = args.length > 0 && !args[0].isEmpty() ? Path.of(args[0])
                : ScanFixtures.tarball(Files.createTempDirectory("drydock-scan-screenshot"));
        String tab = args.length > 1 ? args[1] : "findings";
        Path scratch = Files.createTempDirectory("drydock-scan-screenshot-state");
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> { });
        Platform.setImplicitExit(true);
        DrydockApp.Shown shown = onFx(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            DrydockApp.Shown window = DrydockApp.show(stage, new CoreConnectionBackend(), WorkbenchPreferences.inMemory(),
                    RecoveryStore.besideSettings(scratch.resolve("settings.json")));
            window.workbench().scans().useInspector(ImageInspector.using(LayerCache.in(scratch.resolve("cache"))));
            window.workbench().connect();
            return window;
        });
        Scene scene = ScreenshotScenario.waitForScene();
        onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-scans")).fire();
            return null;
        });
        ImageScanViewModel scan = onFx(() -> shown.workbench().scans().scanTarball(tarball));
        until(() -> scan.stateProperty().get() != ImageScanViewModel.State.RUNNING && scene.lookup("#scan-tabs") != null);
        onFx(() -> {
            TabPane tabs = (TabPane) scene.lookup("#scan-tabs");
            for (Tab each : tabs.getTabs()) {
                if (("scan-tab-" + tab).equals(each.getId())) {
                    tabs.getSelectionModel().select(each);
                }
            }
            return null;
        });
        until(() -> scene.lookup("#scan-" + tab + "-table") == null
                || scene.lookup("#scan-" + tab + "-table") instanceof TableView<?> table && !table.getItems().isEmpty());
        onFx(() -> {
            if (scene.lookup("#scan-" + tab + "-table") instanceof TableView<?> table && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
            }
            return null;
        });
        closed.await();
        onFx(() -> {
            shown.workbench().close();
            return null;
        });
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Boolean.TRUE.equals(onFx(condition))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("The window never got there");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(10, TimeUnit.SECONDS);
    }
}
