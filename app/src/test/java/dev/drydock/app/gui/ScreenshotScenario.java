package dev.drydock.app.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.settings.RecoveryStore;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window and puts it in a state worth a screenshot, for manual runs under Xvfb (not
 * a test). Arguments: {@code <nav button id> [filter text] [row text to select]}, e.g.
 * {@code nav-containers web web-frontend}.
 */
public final class ScreenshotScenario {

    private ScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Application.launch(DrydockApp.class), "app");
        app.start();
        Scene scene = waitForScene();
        TimeUnit.SECONDS.sleep(3);
        Platform.runLater(() -> {
            ((ButtonBase) scene.lookup("#" + args[0])).fire();
        });
        TimeUnit.MILLISECONDS.sleep(500);
        Platform.runLater(() -> {
            if (args.length > 1) {
                scene.getRoot().lookupAll(".search-field").stream().filter(Node::isVisible)
                        .forEach(field -> ((TextField) field).setText(args[1]));
            }
            if (args.length > 2) {
                for (Node node : scene.getRoot().lookupAll(".table-view")) {
                    TableView<?> table = (TableView<?>) node;
                    if (!node.isVisible() || table.getId() == null) {
                        continue;
                    }
                    for (int i = 0; i < table.getItems().size(); i++) {
                        if (table.getItems().get(i).toString().contains(args[2])) {
                            table.getSelectionModel().select(i);
                            table.scrollTo(Math.max(0, i - 2));
                            table.requestFocus();
                            break;
                        }
                    }
                }
            }
        });
        app.join();
    }

    /**
     * Starts JavaFX and opens the real window (core backend, in-memory preferences, state under
     * {@code scratch}, scans cached there), lets {@code setUp} point the workbench at test data, connects,
     * and counts {@code closed} down when the window goes. {@code sized}: 1400×900 at the screen's corner.
     */
    static DrydockApp.Shown openWindow(Path scratch, CountDownLatch closed, boolean sized,
                                       Consumer<WorkbenchViewModel> setUp) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(true);
        return onFx(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            DrydockApp.Shown window = DrydockApp.show(stage, new CoreConnectionBackend(), WorkbenchPreferences.inMemory(),
                    RecoveryStore.besideSettings(scratch.resolve("settings.json")));
            window.workbench().scans().useInspector(ImageInspector.using(LayerCache.in(scratch.resolve("cache"))));
            setUp.accept(window.workbench());
            window.workbench().connect();
            if (sized) {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1400);
                stage.setHeight(900);
            }
            return window;
        });
    }

    /** The scene of the first window to show up. */
    static Scene waitForScene() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            TimeUnit.MILLISECONDS.sleep(50);
            for (Window window : Window.getWindows().toArray(new Window[0])) {
                if (window.getScene() != null && window.isShowing()) {
                    return window.getScene();
                }
            }
        }
        throw new IllegalStateException("The window did not open");
    }

    /** Waits, asking on the FX thread, until {@code condition} holds (at most a minute). */
    static void until(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Boolean.TRUE.equals(onFx(condition))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("The window never got there");
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(10, TimeUnit.SECONDS);
    }
}
