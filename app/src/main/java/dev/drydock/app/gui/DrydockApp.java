package dev.drydock.app.gui;

import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.ConnectionBackend;
import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.StoredPreferences;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.dockerfiles.DaemonImagePins;
import dev.drydock.app.gui.dockerfiles.DockerfileChoosers;
import dev.drydock.app.gui.dockerfiles.DockerfileWorkbench;
import dev.drydock.app.gui.dockerfiles.FxDocumentPrompts;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.shell.MainWindow;
import dev.drydock.app.gui.shell.Page;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.core.daemon.endpoint.HostEnvironment;
import dev.drydock.core.settings.RecoveryStore;
import javafx.application.Platform;
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
import java.util.Optional;

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
        workbench = show(stage, new CoreConnectionBackend(), preferences,
                RecoveryStore.forUser(HostEnvironment.current())).workbench();
        if (StartupProbe.enabled()) {
            StartupProbe.measure(stage.getScene());
            return;
        }
        workbench.connect();
    }

    /** The window's two halves: the daemon workbench and the Dockerfile workspace. */
    public record Shown(WorkbenchViewModel workbench, DockerfileWorkbench dockerfiles) {
    }

    /**
     * Builds the workbench into {@code stage} and shows it, not yet connected (call
     * {@link WorkbenchViewModel#connect()}), and offers to restore unsaved Dockerfiles kept in
     * {@code recovery}. Tests use it with a backend and a recovery folder of their own.
     */
    public static Shown show(Stage stage, ConnectionBackend backend, WorkbenchPreferences preferences,
                             RecoveryStore recovery) {
        return show(stage, backend, preferences, recovery, Optional.empty());
    }

    /**
     * As {@link #show(Stage, ConnectionBackend, WorkbenchPreferences, RecoveryStore)}, with the file
     * choices of the Dockerfiles page answered by {@code choosers} instead of file dialogs (tests).
     */
    public static Shown show(Stage stage, ConnectionBackend backend, WorkbenchPreferences preferences,
                             RecoveryStore recovery, Optional<DockerfileChoosers> choosers) {
        List<Image> icons = AppIcon.windowIcons();
        FxPrompts prompts = new FxPrompts(() -> stage);
        UiTaskRunner runner = UiTaskRunner.forFx();
        runner.setDefaultErrorHandler(error -> prompts.showError(UserMessage.of("Something went wrong", error)));
        WorkbenchViewModel workbench = new WorkbenchViewModel(runner, UiThread.fxLater(), backend, preferences,
                prompts, Clock.systemUTC());
        FxDocumentPrompts documentPrompts = new FxDocumentPrompts(() -> stage, prompts);
        DockerfileWorkbench dockerfiles = DockerfileWorkbench.create(runner, UiScheduler.fx(), preferences, recovery,
                DocumentLinter.standard().withLocalImages(DaemonImagePins.following(workbench.images().rows().source().rows())),
                documentPrompts);
        MainWindow window = new MainWindow(workbench, dockerfiles, icons, () -> stage, prompts, choosers);

        WindowSize size = preferences.windowSize().orElseGet(DrydockApp::defaultSize);
        Scene scene = new Scene(window.node(), size.width(), size.height());
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setTitle("Drydock");
        stage.getIcons().setAll(icons);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(size.maximized());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            preferences.saveWindowSize(new WindowSize(
                    stage.isMaximized() ? size.width() : scene.getWidth(),
                    stage.isMaximized() ? size.height() : scene.getHeight(), stage.isMaximized()));
            boolean dirtyDockerfiles = dockerfiles.workspace().documents().stream().anyMatch(document -> document.isDirty());
            if (dirtyDockerfiles || workbench.seccomp().dirtyProperty().get()) {
                event.consume(); // ask about unsaved Dockerfiles and the seccomp profile first; close once dealt with
                workbench.seccomp().askBeforeLeaving(() -> {
                    if (!dirtyDockerfiles) {
                        stage.close();
                        return;
                    }
                    dockerfiles.workspace().closeAll().thenAccept(closed -> {
                        if (closed) {
                            stage.close();
                        }
                    });
                });
            }
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                dockerfiles.workspace().checkExternalChanges();
            }
        });
        stage.show();
        offerRecovery(dockerfiles, documentPrompts, workbench, prompts);
        preferences.loadProblem().ifPresent(problem -> javafx.application.Platform.runLater(() -> prompts.showError(
                new UserMessage("Settings were reset", problem, ""))));
        return new Shown(workbench, dockerfiles);
    }

    private static void offerRecovery(DockerfileWorkbench dockerfiles, FxDocumentPrompts documentPrompts,
                                      WorkbenchViewModel workbench, FxPrompts prompts) {
        dockerfiles.workspace().recoverableBuffers().thenAccept(listing -> Platform.runLater(() -> {
            if (!listing.notes().isEmpty()) {
                prompts.showError(new UserMessage("Some unsaved work could not be read", String.join(" ", listing.notes()), ""));
            }
            if (listing.buffers().isEmpty()) {
                return;
            }
            if (documentPrompts.askRestore(listing.buffers())) {
                workbench.pageProperty().set(Page.DOCKERFILES);
                dockerfiles.workspace().restore(listing.buffers());
            } else {
                dockerfiles.workspace().discardRecovery();
            }
        }));
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
