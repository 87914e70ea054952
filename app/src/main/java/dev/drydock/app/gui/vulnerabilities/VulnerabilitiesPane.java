package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Vulnerabilities tab: the database's age warning and matching's progress on top; then either the
 * filters, the table, the upgrade advice and the selected vulnerability's details above the Dockerfile
 * fixes ({@link DockerfileFixesPane}), or, while there are no matches, why (no database: how to get one).
 */
public final class VulnerabilitiesPane {

    private final BorderPane root = new BorderPane();
    private final StackPane body = new StackPane();
    private final VulnerabilitiesViewModel model;
    private Node results;

    public VulnerabilitiesPane(VulnerabilitiesViewModel model) {
        this.model = model;
        root.setId("scan-vulnerabilities");
        root.getStylesheets().add(SeverityColours.stylesheet());
        root.getStyleClass().add("scan-tab-content");
        root.setTop(new VBox(4, warning(), statusBar(), new SuppressionsPanel(model.suppressions()).node()));
        root.setCenter(body);
        model.stateProperty().addListener((obs, old, now) -> showBody());
        model.reportProperty().addListener((obs, old, now) -> showBody());
        showBody();
    }

    public Node node() {
        return root;
    }

    private Node warning() {
        Label text = new Label();
        text.setId("vuln-database-warning");
        text.setWrapText(true);
        text.textProperty().bind(model.databaseWarningProperty());
        Button open = databasePageButton("vuln-warning-open-database");
        HBox box = new HBox(10, Glyphs.of(Glyph.WARNING), text, open);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.getStyleClass().add("vuln-warning");
        var shown = model.databaseWarningProperty().isNotEmpty();
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("vuln-status");
        message.getStyleClass().add("scan-status");
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("vuln-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        var matching = model.stateProperty().isEqualTo(VulnerabilitiesViewModel.State.MATCHING);
        progress.visibleProperty().bind(matching);
        progress.managedProperty().bind(matching);
        Button cancel = new Button("Cancel", Glyphs.of(Glyph.CANCEL));
        cancel.setId("vuln-cancel");
        cancel.visibleProperty().bind(matching);
        cancel.managedProperty().bind(matching);
        cancel.setOnAction(event -> model.cancel());
        Button again = new Button("Match again", Glyphs.of(Glyph.REFRESH));
        again.setId("vuln-match-again");
        again.disableProperty().bind(matching.or(model.stateProperty().isEqualTo(VulnerabilitiesViewModel.State.WAITING)));
        again.setOnAction(event -> model.matchAgain());
        HBox bar = new HBox(8, message, progress, cancel, again);
        bar.getStyleClass().add("scan-toolbar");
        var shown = model.messageProperty().isNotEmpty().or(matching);
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        return bar;
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
        text.setId("vuln-body-message");
        text.setWrapText(true);
        text.getStyleClass().add("vuln-message-text");
        UserMessage problem = model.problemProperty().get();
        text.setText(switch (model.stateProperty().get()) {
            case WAITING -> "Vulnerabilities are matched once the scan has read the image's packages.";
            case MATCHING -> "Matching the image's packages against the offline vulnerability database…";
            case NO_DATABASE -> "Drydock has no vulnerability database yet, so it cannot tell which packages are vulnerable.\n\n"
                    + (model.databasePageAvailable() ? "Download or import one on the Vulnerability DB page, or from a terminal: "
                    : "Get one from a terminal: ")
                    + "`drydock db update` downloads OSV's exports; `drydock db import PATH` imports OSV zips or folders "
                    + "(works offline).\n\nThen press Match again.";
            case FAILED -> problem == null ? "Matching failed." : problem.message()
                    + (problem.advice().isEmpty() ? "" : "\n\n" + problem.advice());
            case CANCELLED -> "Matching was cancelled. Press Match again to see the image's vulnerabilities.";
            case DONE -> "";
        });
        VBox box = new VBox(text);
        box.setId("vuln-message");
        box.getStyleClass().add("vuln-message");
        if (model.stateProperty().get() == VulnerabilitiesViewModel.State.NO_DATABASE && model.databasePageAvailable()) {
            box.getChildren().add(databasePageButton("vuln-open-database"));
        }
        if (model.stateProperty().get() == VulnerabilitiesViewModel.State.FAILED) {
            box.getStyleClass().add("vuln-problem");
        }
        body.getChildren().setAll(box);
    }

    private Button databasePageButton(String id) {
        Button open = new Button("Open the vulnerability database page");
        open.setId(id);
        open.setOnAction(event -> model.openDatabasePage());
        open.setVisible(model.databasePageAvailable());
        open.setManaged(model.databasePageAvailable());
        return open;
    }

    private Node results() {
        VulnerabilityTable table = model.table();
        VulnerabilityTableView view = new VulnerabilityTableView(table);
        VBox left = new VBox(4, view.filters(), view.table(), upgrades(table));
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new VulnerabilityDetailsPane(table).node());
        split.setId("vuln-results");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane withFixes = new SplitPane(split, new DockerfileFixesPane(model.fixes()).node());
        withFixes.setOrientation(Orientation.VERTICAL);
        // Fixes get half the tab when there are some; otherwise their line of explanation is enough.
        Runnable place = () -> withFixes.setDividerPositions(model.fixes().fixes().isEmpty() ? 0.84 : 0.5);
        model.fixes().fixes().addListener((ListChangeListener<DockerfileFixRow>) change -> place.run());
        place.run();
        return withFixes;
    }

    private static Node upgrades(VulnerabilityTable table) {
        Label title = new Label();
        title.setId("vuln-upgrades-title");
        title.getStyleClass().add("vuln-upgrades-title");
        title.textProperty().bind(table.upgradesProperty().map(UpgradeAdvice::headline));
        Label lines = new Label();
        lines.setId("vuln-upgrades-lines");
        lines.getStyleClass().add("vuln-upgrades-lines");
        lines.setWrapText(true);
        lines.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lines.textProperty().bind(table.upgradesProperty().map(advice -> String.join("\n", advice.lines())));
        VBox box = new VBox(2, title, lines);
        box.getStyleClass().add("vuln-upgrades");
        var shown = title.textProperty().isNotEmpty();
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }
}
