package dev.drydock.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
        ScreenshotScenario.until(() -> scene.lookup("#nav-dockerfiles") != null);
        ScreenshotScenario.onFx(() -> {
            ((ButtonBase) scene.lookup("#nav-dockerfiles")).fire();
            return null;
        });
        ScreenshotScenario.until(() -> scene.lookup("#samples-menu") != null);
        ScreenshotScenario.onFx(() -> {
            MenuButton samples = (MenuButton) scene.lookup("#samples-menu");
            samples.getItems().stream().filter(item -> ("sample-" + sample).equals(item.getId()))
                    .findFirst().ifPresent(MenuItem::fire);
            return null;
        });
        ScreenshotScenario.until(() -> scene.lookup("#findings-table") instanceof TableView<?> table && !table.getItems().isEmpty());
        TimeUnit.SECONDS.sleep(1); // let ShellCheck's second pass land too
        ScreenshotScenario.onFx(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            area.requestFocus();
            area.moveTo(Math.max(0, area.getText().indexOf(caretOn)) + 1);
            area.requestFollowCaret();
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(300);
        ScreenshotScenario.onFx(() -> {
            CodeArea area = (CodeArea) scene.lookup("#dockerfile-editor");
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, true, false));
            return null;
        });
        app.join();
    }
}
