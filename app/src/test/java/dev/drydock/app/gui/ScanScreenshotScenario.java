package dev.drydock.app.gui;

import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.scan.ScanFixtures;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
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
        DrydockApp.Shown shown = ScreenshotScenario.openWindow(scratch, closed, false,
                workbench -> { });
        Scene scene = ScreenshotScenario.waitForScene();
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-scans")).fire();
            return null;
        });
        ImageScanViewModel scan = ScreenshotScenario.onFx(() -> shown.workbench().scans().scanTarball(tarball));
        ScreenshotScenario.until(() -> scan.stateProperty().get() != ImageScanViewModel.State.RUNNING && scene.lookup("#scan-tabs") != null);
        ScreenshotScenario.onFx(() -> {
            TabPane tabs = (TabPane) scene.lookup("#scan-tabs");
            for (Tab each : tabs.getTabs()) {
                if (("scan-tab-" + tab).equals(each.getId())) {
                    tabs.getSelectionModel().select(each);
                }
            }
            return null;
        });
        ScreenshotScenario.until(() -> scene.lookup("#scan-" + tab + "-table") == null
                || scene.lookup("#scan-" + tab + "-table") instanceof TableView<?> table && !table.getItems().isEmpty());
        ScreenshotScenario.onFx(() -> {
            if (scene.lookup("#scan-" + tab + "-table") instanceof TableView<?> table && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
            }
            return null;
        });
        closed.await();
        ScreenshotScenario.onFx(() -> {
            shown.workbench().close();
            return null;
        });
    }
}
