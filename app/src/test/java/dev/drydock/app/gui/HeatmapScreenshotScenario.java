package dev.drydock.app.gui;

import dev.drydock.app.gui.overview.ImageHeatmapViewModel;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.app.gui.vulnerabilities.VulnerableImage;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestImages;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Loads three test images into the daemon (the vulnerable app; the same Debian 12 base with only an old
 * lodash; the Debian 10 scan fixture), opens the real window on the Overview and runs the heatmap over
 * every local image against a database imported from the real advisories: the state of
 * docs/screenshot-heatmap.png. For manual runs under Xvfb with a daemon (not a test); prints {@code READY}
 * when the heatmap is done. The images are removed when the JVM ends.
 */
public final class HeatmapScreenshotScenario {

    private HeatmapScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("drydock-heatmap-screenshot");
        Path database = VulnerableImage.database(scratch.resolve("vulnerabilities.db"),
                java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        // Labelled with this JVM's run, so that they are removed when it ends (kill it with SIGTERM, not SIGKILL).
        TestImages.load(VulnerableImage.archive("shop/checkout:2.3").label(TestImages.RUN_LABEL, TestImages.RUN_ID));
        TestImages.load(VulnerableImage.archive("shop/catalog:1.8").layer(LayerBuilder.create()
                .whiteout("app/lib"), "RUN rm -rf /app/lib").label(TestImages.RUN_LABEL, TestImages.RUN_ID));
        TestImages.load(ScanFixtures.archive("legacy/reports:0.9").label(TestImages.RUN_LABEL, TestImages.RUN_ID));
        CountDownLatch closed = new CountDownLatch(1);
        DrydockApp.Shown shown = ScreenshotScenario.openWindow(scratch, closed, true,
                workbench -> workbench.scans().useVulnerabilityDatabase(new VulnerabilityDatabaseService(database)));
        Scene scene = ScreenshotScenario.waitForScene();
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-overview")).fire();
            return null;
        });
        ImageHeatmapViewModel heatmap = shown.workbench().heatmap();
        ScreenshotScenario.until(() -> heatmap.isConnected() && !shown.workbench().images().rows().source().rows().isEmpty());
        TimeUnit.SECONDS.sleep(1);
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#heatmap-scan")).fire();
            return null;
        });
        for (int i = 0; i < 600 && ScreenshotScenario.onFx(() -> heatmap.stateProperty().get()) == ImageHeatmapViewModel.State.SCANNING; i++) {
            TimeUnit.SECONDS.sleep(1);
        }
        ScreenshotScenario.onFx(() -> {
            ((javafx.scene.control.ScrollPane) scene.lookup(".overview-scroll")).setVvalue(1.0);
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
