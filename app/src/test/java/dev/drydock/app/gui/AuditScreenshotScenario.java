package dev.drydock.app.gui;

import dev.drydock.app.gui.audit.AuditContainers;
import dev.drydock.app.gui.audit.ContainerAuditViewModel;
import dev.drydock.app.gui.overview.ContainerAuditsViewModel;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.audit.harden.HardeningKind;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestImages;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Creates three labelled containers (a privileged one running as root, a default one, a hardened one),
 * opens the real window and shows either the privileged container's Audit tab with one option switched
 * off ({@code tab}: docs/screenshot-container-audit.png) or the Overview's daemon findings and container
 * audit table after "Audit all" ({@code overview}: docs/screenshot-overview-audit.png). For manual runs
 * under Xvfb with a daemon (not a test); prints {@code READY}; the containers are removed when the JVM
 * ends (stop it with SIGTERM).
 */
public final class AuditScreenshotScenario {

    private AuditScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        boolean overview = args.length > 0 && args[0].equals("overview");
        TestContainers containers = new TestContainers();
        Runtime.getRuntime().addShutdownHook(new Thread(containers::close));
        AuditContainers.privileged(containers, "acme-admin");
        containers.create(TestImages.busybox(), cmd -> cmd.withName("acme-web").withCmd("sleep", "600"));
        AuditContainers.hardened(containers, "acme-api");
        Path scratch = Files.createTempDirectory("drydock-audit-screenshot");
        CountDownLatch closed = new CountDownLatch(1);
        DrydockApp.Shown shown = ScreenshotScenario.openWindow(scratch, closed, true, workbench -> { });
        Scene scene = ScreenshotScenario.waitForScene();
        WorkbenchViewModel workbench = shown.workbench();
        ScreenshotScenario.until(() -> workbench.connection().connectedProperty().get()
                && workbench.containers().rows().source().rows().stream().anyMatch(c -> c.name().equals("acme-api")));
        if (overview) {
            showOverview(scene, workbench);
        } else {
            showAuditTab(scene, workbench);
        }
        System.out.println("READY");
        closed.await();
        ScreenshotScenario.onFx(() -> {
            workbench.close();
            return null;
        });
    }

    private static void showAuditTab(Scene scene, WorkbenchViewModel workbench) throws Exception {
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-containers")).fire();
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(300);
        ScreenshotScenario.onFx(() -> {
            workbench.containers().rows().searchTextProperty().set("acme-");
            ContainerSummary admin = workbench.containers().rows().source().rows().stream()
                    .filter(c -> c.name().equals("acme-admin")).findFirst().orElseThrow();
            workbench.containers().openAudit(admin);
            ((SplitPane) scene.lookup(".split-pane")).setDividerPositions(0.2);
            return null;
        });
        ContainerAuditViewModel audit = workbench.containers().audit();
        ScreenshotScenario.until(() -> audit.auditedProperty().get());
        ScreenshotScenario.onFx(() -> {
            audit.hardened().setEnabled(HardeningKind.READ_ONLY_ROOT, false);
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(500);
        scroll(scene, "#container-audit", Double.parseDouble(System.getProperty("drydock.scroll", "0.8")));
    }

    private static void showOverview(Scene scene, WorkbenchViewModel workbench) throws Exception {
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-overview")).fire();
            return null;
        });
        ScreenshotScenario.until(() -> workbench.daemonAudit().auditedProperty().get());
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#container-audits-run")).fire();
            return null;
        });
        ScreenshotScenario.until(() -> workbench.containerAudits().stateProperty().get() == ContainerAuditsViewModel.State.DONE);
        TimeUnit.MILLISECONDS.sleep(500);
        scroll(scene, "#overview-page", Double.parseDouble(System.getProperty("drydock.scroll", "0.58")));
    }

    /** Scrolls the scroll pane around {@code content} to {@code position} (0 top, 1 bottom). */
    private static void scroll(Scene scene, String content, double position) throws Exception {
        ScreenshotScenario.onFx(() -> {
            Node node = scene.lookup(content);
            for (Node each : node.lookupAll(".scroll-pane")) {
                if (each instanceof ScrollPane pane && pane.getStyleClass().contains("overview-scroll")) {
                    pane.setVvalue(position);
                }
            }
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane pane) {
                pane.setVvalue(position);
            }
            return null;
        });
    }
}
