package dev.drydock.app.gui;

import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.ConnectionBackend;
import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.StoredPreferences;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.shell.MainWindow;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.task.UiThread;
import dev.drydock.core.settings.DrydockSettings.WindowSize;
import dev.drydock.core.settings.SettingsStore;
import dev.drydock.icons.AppIcon;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;

/** The Drydock workbench window. */
public final class DrydockApp extends Application {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private StoredPreferences preferences;
    private WorkbenchViewModel workbench;

    /** Reads the settings file on the launcher thread, before any window exists. */
    @Override
    public void init() {
        preferences = StoredPreferences.load(SettingsStore.forUser());
    }

    @Override
    public void start(Stage stage) {
        workbench = show(stage, new CoreConnectionBackend(), preferences);
        if (StartupProbe.enabled()) {
            StartupProbe.measure(stage.getScene());
            return;
        }
        workbench.connect();
    }

    /**
     * Builds the workbench into {@code stage} and shows it, not yet connected (call
     * {@link WorkbenchViewModel#connect()}). Tests use it with a backend of their own.
     */
    public static WorkbenchViewModel show(Stage stage, ConnectionBackend backend, WorkbenchPreferences preferences) {
        List<Image> icons = AppIcon.windowIcons();
        FxPrompts prompts = new FxPrompts(() -> stage);
        UiTaskRunner runner = UiTaskRunner.forFx();
        runner.setDefaultErrorHandler(error -> prompts.showError(UserMessage.of("Something went wrong", error)));
        WorkbenchViewModel workbench = new WorkbenchViewModel(runner, UiThread.fxLater(), backend, preferences,
                prompts, Clock.systemUTC());
        MainWindow window = new MainWindow(workbench, icons, () -> stage, prompts);

        WindowSize size = preferences.windowSize().orElseGet(DrydockApp::defaultSize);
        Scene scene = new Scene(window.node(), size.width(), size.height());
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setTitle("Drydock");
        stage.getIcons().setAll(icons);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(size.maximized());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> preferences.saveWindowSize(new WindowSize(
                stage.isMaximized() ? size.width() : scene.getWidth(),
                stage.isMaximized() ? size.height() : scene.getHeight(), stage.isMaximized())));
        stage.show();
        preferences.loadProblem().ifPresent(problem -> javafx.application.Platform.runLater(() -> prompts.showError(
                new UserMessage("Settings were reset", problem, ""))));
        return workbench;
    }

    /** 1280×800, or 90 % of a smaller screen. */
    private static WindowSize defaultSize() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new WindowSize(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.9),
                Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.9), false);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (preferences != null) {
            preferences.close();
        }
    }
}
