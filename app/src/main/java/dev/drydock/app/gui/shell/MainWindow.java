package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.connection.ConnectionBanner;
import dev.drydock.app.gui.connection.ConnectionSettingsDialog;
import dev.drydock.app.gui.connection.ConnectionSettingsViewModel;
import dev.drydock.app.gui.containers.ContainersView;
import dev.drydock.app.gui.dockerfiles.DockerfileChoosers;
import dev.drydock.app.gui.dockerfiles.DockerfileWorkbench;
import dev.drydock.app.gui.dockerfiles.DockerfilesPage;
import dev.drydock.app.gui.dockerfiles.EditorFixes;
import dev.drydock.app.gui.images.ImageDockerfiles;
import dev.drydock.app.gui.images.ImagesView;
import dev.drydock.app.gui.overview.OverviewView;
import dev.drydock.app.gui.scan.ScansPage;
import dev.drydock.app.gui.seccomp.FxSeccompPrompts;
import dev.drydock.app.gui.seccomp.SeccompPage;
import dev.drydock.app.gui.task.TaskArea;
import dev.drydock.app.gui.vulndb.VulnerabilityDatabasePage;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main window's content: navigation on the left, the connection banner and the current page in
 * the middle, the status bar with the running task at the bottom. Pages are built when first shown.
 */
public final class MainWindow {

    private final WorkbenchViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane pageHost = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Supplier<Window> window;
    private final FileActions files;
    private final DockerfileChoosers choosers;
    private final DockerfileWorkbench dockerfiles;
    private final FxPrompts prompts;
    private DockerfilesPage dockerfilesPage;

    public MainWindow(WorkbenchViewModel model, DockerfileWorkbench dockerfiles, List<Image> appIcons,
                      Supplier<Window> window, FxPrompts prompts) {
        this(model, dockerfiles, appIcons, window, prompts, Optional.empty());
    }

    /**
     * @param choosers what the Dockerfiles and Images pages ask for files to open and export to;
     *                 empty for the window's file dialogs (tests answer in code: a FileChooser cannot be driven headless)
     */
    public MainWindow(WorkbenchViewModel model, DockerfileWorkbench dockerfiles, List<Image> appIcons,
                      Supplier<Window> window, FxPrompts prompts, Optional<DockerfileChoosers> choosers) {
        this.model = model;
        this.window = window;
        this.dockerfiles = dockerfiles;
        this.prompts = prompts;
        this.files = new FileActions(model, dockerfiles.workspace(), window);
        this.choosers = choosers.orElse(files);
        model.scans().vulnerabilityDatabase().suppressions().useChooser(files);
        model.seccomp().usePrompts(new FxSeccompPrompts(window, prompts));
        ImageDockerfiles imageDockerfiles = new ImageDockerfiles(model.preferences());
        model.images().useDockerfiles(imageDockerfiles, path -> {
            model.pageProperty().set(Page.DOCKERFILES);
            dockerfiles.workspace().open(path);
        });
        model.scans().useDockerfiles(imageDockerfiles::dockerfileOf, this::openDockerfileAt);
        EditorFixes editorFixes = new EditorFixes(dockerfiles.workspace(), dockerfiles.prompts(),
                (document, fix) -> dockerfilesPage().applyFix(document, fix));
        model.scans().useDockerfileFixes((path, fix) -> {
            model.pageProperty().set(Page.DOCKERFILES);
            editorFixes.openWithFix(path, fix);
        });
        model.images().useScanner(image -> {
            model.pageProperty().set(Page.SCANS);
            model.scans().scanDaemonImage(image);
        });
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        root.setLeft(new NavigationBar(model.pageProperty(), appIcons, this::openConnectionSettings).node());

        ConnectionBanner banner = new ConnectionBanner(model.connection(), new ConnectionBanner.Actions(
                this::openConnectionSettings, files::openDockerfile, files::openImageTarball));
        pageHost.getStyleClass().add("page-host");
        VBox.setVgrow(pageHost, Priority.ALWAYS);
        VBox center = new VBox(banner.node(), pageHost);
        center.getStyleClass().add("content");
        root.setCenter(center);
        root.setBottom(new ConnectionStatus(model.connection(), new TaskArea(model.runner())).node());

        model.pageProperty().addListener((obs, old, now) -> show(now));
        show(model.pageProperty().get());

        Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.connection().tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        countdown.play();
    }

    public BorderPane node() {
        return root;
    }

    private void show(Page page) {
        Node node = pages.computeIfAbsent(page, this::build);
        pageHost.getChildren().setAll(node);
        if (page == Page.VULNERABILITY_DATABASE) {
            model.vulnerabilityDatabase().refresh(); // its age moves on while the window is open
        }
    }

    private Node build(Page page) {
        return switch (page) {
            case OVERVIEW -> new OverviewView(model.overview(), model.heatmap(), model.daemonAudit(),
                    model.containerAudits()).node();
            case IMAGES -> new ImagesView(model.images(), choosers::chooseDockerfile).node();
            case SCANS -> new ScansPage(model.scans(), files::chooseImageTarball, choosers::chooseDockerfile,
                    files::chooseSbomTarget).node();
            case VULNERABILITY_DATABASE -> new VulnerabilityDatabasePage(model.vulnerabilityDatabase(), files).node();
            case CONTAINERS -> new ContainersView(model.containers()).node();
            case DOCKERFILES -> dockerfilesPage().node();
            case SECCOMP -> new SeccompPage(model.seccomp(), model.seccompLearning()).node();
        };
    }

    private DockerfilesPage dockerfilesPage() {
        if (dockerfilesPage == null) {
            dockerfilesPage = new DockerfilesPage(dockerfiles.model(), new DockerfilesPage.Services(model.runner(),
                    dockerfiles.linter(), dockerfiles.rules(), dockerfiles.prompts(), prompts, choosers, window));
        }
        return dockerfilesPage;
    }

    /** Shows the Dockerfiles page with {@code path} open and the caret at {@code line} (a scan finding's instruction). */
    private void openDockerfileAt(Path path, int line) {
        model.pageProperty().set(Page.DOCKERFILES);
        DockerfilesPage page = dockerfilesPage();
        dockerfiles.workspace().open(path).thenAccept(opened -> Platform.runLater(() -> opened.ifPresent(document ->
                page.selectedEditor().ifPresent(editor -> editor.goToLine(line)))));
    }

    public void openConnectionSettings() {
        ConnectionSettingsViewModel settings = new ConnectionSettingsViewModel(model.endpointChoice());
        settings.detect(model.runner(), model.backend());
        new ConnectionSettingsDialog(window.get(), settings).ask().ifPresent(model::applyEndpointChoice);
    }
}
