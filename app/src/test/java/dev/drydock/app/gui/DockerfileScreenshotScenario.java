package dev.drydock.app.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.CodeArea;

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
        TimeUnit.SECONDS.sleep(2);
        Platform.runLater(() -> ((ButtonBase) scene.lookup("#nav-dockerfiles")).fire());
        TimeUnit.MILLISECONDS.sleep(500);
        Platform.runLater(() -> {
            MenuButton samples = (MenuButton) scene.lookup("#samples-menu");
            samples.getItems().stream().filter(item -> ("sample-" + sample).equals(item.getId()))
                    .findFirst().ifPresent(MenuItem::fire);
        });
        TimeUnit.SECONDS.sleep(2);
        Platform.runLater(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            int at = area.getText().indexOf(caretOn);
            area.requestFocus();
            area.moveTo(Math.max(0, at) + 1);
            area.requestFollowCaret();
        });
        TimeUnit.MILLISECONDS.sleep(700);
        Platform.runLater(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, true, false));
        });
        app.join();
    }
}
