package dev.drydock.app.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window on the Dockerfiles page with a bundled sample, puts the caret on a finding
 * and opens its quick-fix menu: the state of the README's editor screenshot. For manual runs under
 * Xvfb (not a test). Arguments: {@code [sample id] [text to put the caret on]}.
 */
public final class DockerfileScreenshotScenario {

    private DockerfileScreenshotScenario() {
    }

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "classic-anti-patterns";
        String caretOn = args.length > 1 ? args[1] : "latest";
        Thread app = new Thread(() -> Application.launch(DrydockApp.class), "app");
        app.start();
        Scene scene = ScreenshotScenario.waitForScene();
        until(() -> scene.lookup("#nav-dockerfiles") != null);
        onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-dockerfiles")).fire();
            return null;
        });
        until(() -> scene.lookup("#samples-menu") != null);
        onFx(() -> {
            MenuButton samples = (MenuButton) scene.lookup("#samples-menu");
            samples.getItems().stream().filter(item -> ("sample-" + sample).equals(item.getId()))
                    .findFirst().ifPresent(MenuItem::fire);
            return null;
        });
        until(() -> scene.lookup("#findings-table") instanceof TableView<?> table && !table.getItems().isEmpty());
        TimeUnit.SECONDS.sleep(1); // let ShellCheck's second pass land too
        onFx(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            area.requestFocus();
            area.moveTo(Math.max(0, area.getText().indexOf(caretOn)) + 1);
            area.requestFollowCaret();
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(300);
        onFx(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, true, false));
            return null;
        });
        app.join();
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 600; i++) {
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
