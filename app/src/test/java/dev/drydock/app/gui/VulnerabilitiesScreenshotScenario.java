package dev.drydock.app.gui;

import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.vulnerabilities.VulnerabilitiesViewModel;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.app.gui.vulnerabilities.VulnerableImage;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Opens the real window, scans the vulnerable test image (old log4j-core, lodash and glibc, written as a
 * tarball) against a database imported from the real advisories, and shows the Vulnerabilities tab with
 * the log4j-core row selected: the state of docs/screenshot-vulnerabilities.png. For manual runs under Xvfb
 * (not a test); prints {@code READY} when the window is worth a screenshot.
 */
public final class VulnerabilitiesScreenshotScenario {

    private VulnerabilitiesScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("drydock-vulnerabilities-screenshot");
        Path tarball = VulnerableImage.tarball(scratch);
        Path database = VulnerableImage.database(scratch.resolve("vulnerabilities.db"),
                java.time.Instant.now().minus(java.time.Duration.ofDays(9)));
        CountDownLatch closed = new CountDownLatch(1);
        DrydockApp.Shown shown = ScreenshotScenario.openWindow(scratch, closed, true,
                workbench -> workbench.scans().useVulnerabilityDatabase(new VulnerabilityDatabaseService(database)));
        Scene scene = ScreenshotScenario.waitForScene();
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-scans")).fire();
            return null;
        });
        ImageScanViewModel scan = ScreenshotScenario.onFx(() -> shown.workbench().scans().scanTarball(tarball));
        ScreenshotScenario.until(() -> scan.vulnerabilities().stateProperty().get() == VulnerabilitiesViewModel.State.DONE
                && scene.lookup("#scan-tabs") != null);
        ScreenshotScenario.onFx(() -> {
            TabPane tabs = (TabPane) scene.lookup("#scan-tabs");
            for (Tab each : tabs.getTabs()) {
                if ("scan-tab-vulnerabilities".equals(each.getId())) {
                    tabs.getSelectionModel().select(each);
                }
            }
            return null;
        });
        ScreenshotScenario.until(() -> scene.lookup("#vuln-table") instanceof TableView<?> table && !table.getItems().isEmpty());
        ScreenshotScenario.onFx(() -> {
            TableView<?> table = (TableView<?>) scene.lookup("#vuln-table");
            table.requestFocus();
            table.getSelectionModel().select(0);
            return null;
        });
        System.out.println("READY");
        closed.await();
        ScreenshotScenario.onFx(() -> {
            shown.workbench().close();
            return null;
        });
    }
}
