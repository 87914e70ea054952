package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.findings.FixPreviewView;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Dockerfile fixes (N)" section of the Vulnerabilities tab: the advised fixes (title, safe or needs
 * review, the vulnerabilities they fix), the selected one's why and diff, and "Apply in editor"; the base
 * image comparison's progress with Cancel; without a linked Dockerfile, how to link one.
 */
public final class DockerfileFixesPane {

    private final DockerfileFixesViewModel model;
    private final VBox root = new VBox(6);

    public DockerfileFixesPane(DockerfileFixesViewModel model) {
        this.model = model;
        root.setId("vuln-fixes");
        root.getStyleClass().add("vuln-fixes");
        root.getStylesheets().add(java.util.Objects.requireNonNull(DockerfileFixesPane.class.getResource(
                "/dev/drydock/app/gui/vulnerability-fixes.css"), "vulnerability-fixes.css is missing").toExternalForm());
        Label headline = new Label();
        headline.setId("vuln-fixes-headline");
        headline.getStyleClass().add("vuln-upgrades-title");
        headline.textProperty().bind(model.headline());
        Label note = new Label();
        note.setId("vuln-fixes-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.note());
        Button refresh = new Button("Refresh", Glyphs.of(Glyph.REFRESH));
        refresh.setId("vuln-fixes-refresh");
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.dockerfileProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, headline, spacer, comparison(), refresh);
        top.getStyleClass().add("scan-toolbar");
        Node body = body();
        VBox.setVgrow(body, Priority.ALWAYS);
        var listed = javafx.beans.binding.Bindings.isNotEmpty(model.fixes());
        body.visibleProperty().bind(listed);
        body.managedProperty().bind(listed);
        root.getChildren().addAll(top, note, body);
    }

    public Node node() {
        return root;
    }

    private Node comparison() {
        Label text = new Label();
        text.setId("vuln-fixes-comparison");
        text.textProperty().bind(model.comparisonProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(100);
        progress.progressProperty().bind(model.comparisonProgressProperty());
        Button cancel = new Button("Cancel", Glyphs.of(Glyph.CANCEL));
        cancel.setId("vuln-fixes-cancel");
        cancel.setOnAction(event -> model.cancelComparison());
        for (Node node : new Node[] {progress, cancel}) {
            node.visibleProperty().bind(model.comparingProperty());
            node.managedProperty().bind(model.comparingProperty());
        }
        return new HBox(6, text, progress, cancel);
    }

    private Node body() {
        ListView<DockerfileFixRow> list = new ListView<>(model.fixes());
        list.setId("vuln-fixes-list");
        list.setCellFactory(view -> new FixCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.setPrefWidth(380);

        Label why = new Label();
        why.setId("vuln-fixes-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(model.selectedProperty().map(DockerfileFixRow::why).orElse(""));
        Button apply = new Button("Apply in editor", Glyphs.of(Glyph.FIX));
        apply.setId("vuln-fixes-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.selectedProperty().isNull());
        apply.setOnAction(event -> model.applySelected());
        FixPreviewView preview = new FixPreviewView("vuln-fix-preview");
        model.previewProperty().addListener((obs, old, now) -> preview.show(now));
        preview.show(model.previewProperty().get());
        VBox.setVgrow(preview.node(), Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(why, Priority.ALWAYS);
        VBox details = new VBox(6, new HBox(10, why, apply), preview.node());
        details.setMinWidth(0);
        SplitPane split = new SplitPane(list, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        return split;
    }

    /** A fix: its title and safety on one line, the vulnerabilities it fixes below. */
    private static final class FixCell extends ListCell<DockerfileFixRow> {
        @Override
        protected void updateItem(DockerfileFixRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add("vuln-fix-title");
            Label safety = new Label(row.safety());
            safety.getStyleClass().addAll("vuln-fix-safety", row.safe() ? "vuln-fix-safe" : "vuln-fix-review");
            Label ids = new Label(row.fixes().isEmpty() ? firstLine(row.why()) : row.fixes());
            ids.getStyleClass().add("vuln-fix-ids");
            setGraphic(new VBox(2, new HBox(8, title, safety), ids));
        }

        private static String firstLine(String text) {
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }
}
