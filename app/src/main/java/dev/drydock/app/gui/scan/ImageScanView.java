package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.vulnerabilities.VulnerabilitiesPane;
import dev.drydock.core.image.sbom.SbomFormat;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One scan's tab content: a header with the image, where it comes from, the scan's progress with
 * Cancel, "Scan again" and "Export SBOM…" (with what the export wrote, or why it could not); below, the result's tabs, or while there is none, the progress or the
 * problem in words.
 */
final class ImageScanView {

    private final BorderPane root = new BorderPane();
    private final ImageScanViewModel model;
    private final Supplier<Optional<Path>> chooseDockerfile;
    private final ScanSbomExport.TargetChooser chooseSbomTarget;
    private final StackPane body = new StackPane();
    private TabPane results;

    ImageScanView(ImageScanViewModel model, Supplier<Optional<Path>> chooseDockerfile,
                  ScanSbomExport.TargetChooser chooseSbomTarget) {
        this.model = model;
        this.chooseDockerfile = chooseDockerfile;
        this.chooseSbomTarget = chooseSbomTarget;
        root.getStyleClass().add("image-scan");
        root.setTop(header());
        root.setCenter(body);
        model.reportProperty().addListener((obs, old, now) -> showBody());
        model.stateProperty().addListener((obs, old, now) -> showBody());
        showBody();
    }

    Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(model.target().name());
        title.setId("scan-title");
        title.getStyleClass().add("page-title");
        Label from = new Label(model.target().from());
        from.getStyleClass().add("scan-from");
        Label status = new Label();
        status.setId("scan-status");
        status.getStyleClass().add("scan-status");
        status.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("scan-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        var running = model.stateProperty().isEqualTo(ImageScanViewModel.State.RUNNING);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        Button cancel = new Button("Cancel", Glyphs.of(Glyph.CANCEL));
        cancel.setId("scan-cancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(event -> model.cancel());
        Button again = new Button("Scan again", Glyphs.of(Glyph.REFRESH));
        again.setId("scan-again");
        again.disableProperty().bind(running);
        again.setOnAction(event -> model.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox names = new VBox(2, title, from, exportStatus());
        HBox header = new HBox(12, names, spacer, status, progress, cancel, again, exportMenu());
        header.getStyleClass().addAll("page-header", "scan-header");
        return header;
    }

    private MenuButton exportMenu() {
        ScanSbomExport export = model.sbomExport();
        MenuButton menu = new MenuButton("Export SBOM…", Glyphs.of(Glyph.EXPORT));
        menu.setId("scan-export-sbom");
        for (SbomFormat format : SbomFormat.values()) {
            MenuItem item = new MenuItem(format.title() + "…");
            item.setId("scan-export-sbom-" + format.cliName());
            item.setOnAction(event -> export.exportTo(format, chooseSbomTarget));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(export.availableProperty().not().or(export.runningProperty()));
        menu.visibleProperty().bind(export.availableProperty());
        menu.managedProperty().bind(export.availableProperty());
        return menu;
    }

    private Label exportStatus() {
        ScanSbomExport export = model.sbomExport();
        Label line = new Label();
        line.setId("scan-export-status");
        line.getStyleClass().add("scan-export-status");
        line.setWrapText(true);
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            UserMessage problem = export.problemProperty().get();
            return problem == null ? export.statusProperty().get()
                    : problem.message() + (problem.advice().isEmpty() ? "" : " " + problem.advice());
        }, export.statusProperty(), export.problemProperty()));
        export.problemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                line.getStyleClass().remove("scan-problem");
            } else if (!line.getStyleClass().contains("scan-problem")) {
                line.getStyleClass().add("scan-problem");
            }
        });
        var shown = line.textProperty().isNotEmpty();
        line.visibleProperty().bind(shown);
        line.managedProperty().bind(shown);
        return line;
    }

    private void showBody() {
        if (model.reportProperty().get() != null) {
            if (results == null) {
                results = results();
            }
            body.getChildren().setAll(results);
            return;
        }
        Label text = new Label();
        text.setId("scan-body-message");
        text.setWrapText(true);
        text.getStyleClass().add("scan-body-message");
        UserMessage problem = model.problemProperty().get();
        text.setText(switch (model.stateProperty().get()) {
            case RUNNING -> "Reading every layer of " + model.target().name() + ". You can keep working meanwhile.";
            case FAILED -> problem == null ? "The scan failed." : problem.message()
                    + (problem.advice().isEmpty() ? "" : "\n\n" + problem.advice());
            case CANCELLED -> "The scan was cancelled. Scan again to see what the image holds.";
            case DONE -> "";
        });
        if (model.stateProperty().get() == ImageScanViewModel.State.FAILED) {
            text.getStyleClass().add("scan-problem");
        }
        VBox box = new VBox(text);
        box.getStyleClass().add("scan-waiting");
        body.getChildren().setAll(box);
    }

    private TabPane results() {
        TabPane tabs = new TabPane();
        tabs.setId("scan-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Summary", "scan-tab-summary", new SummaryPane(model).node()),
                tab("Layers", "scan-tab-layers", new LayersTable(model).node()),
                tab("Files", "scan-tab-files", new FilesTreeView(model).node()),
                tab("Packages", "scan-tab-packages", new PackagesTable(model.packages()).node()),
                tab("Vulnerabilities", "scan-tab-vulnerabilities", new VulnerabilitiesPane(model.vulnerabilities()).node()),
                tab("Secrets", "scan-tab-secrets", new SecretsTable(model.secrets(), model.secretReveals(), SecretsTable.askInDialog()).node()),
                tab("Findings", "scan-tab-findings", new ImageFindingsPane(model.findings(), model.explanation(), model.dockerfile(),
                        chooseDockerfile).node()));
        Tab vulnerabilities = tabs.getTabs().get(4);
        vulnerabilities.textProperty().bind(Bindings.createStringBinding(() -> model.vulnerabilities().reportProperty().get() == null
                        ? "Vulnerabilities" : "Vulnerabilities (" + model.vulnerabilities().reportProperty().get().active().size() + ")",
                model.vulnerabilities().reportProperty()));
        Tab findings = tabs.getTabs().get(6);
        findings.textProperty().bind(Bindings.createStringBinding(
                () -> "Findings (" + model.findings().allRows().size() + ")", model.reportProperty()));
        Tab secrets = tabs.getTabs().get(5);
        secrets.textProperty().bind(Bindings.size(model.secrets()).asString("Secrets (%d)"));
        return tabs;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
