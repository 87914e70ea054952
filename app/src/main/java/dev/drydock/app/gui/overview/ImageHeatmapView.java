package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.vulnerabilities.SeverityColours;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityTable;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The overview's heatmap: one row per local image, one column per severity, each cell's colour as
 * strong as its count; "Scan all images" with progress and Cancel; a click on a row opens the image's
 * scan. Offline it says that it needs the daemon's images.
 */
final class ImageHeatmapView {

    private final VBox root = new VBox(8);

    ImageHeatmapView(ImageHeatmapViewModel model) {
        root.setId("heatmap");
        root.getStylesheets().add(SeverityColours.stylesheet());
        root.getStyleClass().add("card");
        Label title = new Label("Vulnerabilities by image");
        title.getStyleClass().add("heatmap-title");
        Label status = new Label();
        status.setId("heatmap-status");
        status.getStyleClass().add("heatmap-note");
        status.setWrapText(true);
        status.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("heatmap-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        var scanning = model.stateProperty().isEqualTo(ImageHeatmapViewModel.State.SCANNING);
        progress.visibleProperty().bind(scanning);
        progress.managedProperty().bind(scanning);
        Button cancel = new Button("Cancel", Glyphs.of(Glyph.CANCEL));
        cancel.setId("heatmap-cancel");
        cancel.visibleProperty().bind(scanning);
        cancel.managedProperty().bind(scanning);
        cancel.setOnAction(event -> model.cancel());
        Button scan = new Button("Scan all images", Glyphs.of(Glyph.SCAN));
        scan.setId("heatmap-scan");
        scan.setTooltip(new Tooltip("Scan every local image and match its packages against the vulnerability database"));
        var offline = Bindings.createBooleanBinding(() -> !model.isConnected(), model.connectedProperty());
        scan.disableProperty().bind(scanning.or(offline));
        scan.setOnAction(event -> model.scanAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, progress, cancel, scan);
        header.getStyleClass().add("scan-toolbar");

        Label offlineText = new Label("Not connected to a Docker daemon: the heatmap needs the daemon's local images. "
                + "Image tarballs can still be scanned on the Scans page.");
        offlineText.setId("heatmap-offline");
        offlineText.setWrapText(true);
        offlineText.getStyleClass().add("heatmap-note");
        offlineText.visibleProperty().bind(offline);
        offlineText.managedProperty().bind(offline);

        TableView<HeatmapRow> table = table(model);
        table.visibleProperty().bind(offline.not());
        table.managedProperty().bind(offline.not());
        root.getChildren().addAll(header, status, offlineText, table);
    }

    Node node() {
        return root;
    }

    private static TableView<HeatmapRow> table(ImageHeatmapViewModel model) {
        TableView<HeatmapRow> table = new TableView<>(model.rows());
        table.setId("heatmap-table");
        table.getStyleClass().add("heatmap-table");
        table.setPlaceholder(new Label("Press \"Scan all images\" to see each local image's vulnerabilities by severity."));
        table.setPrefHeight(300);
        TableColumn<HeatmapRow, String> image = new TableColumn<>("Image");
        image.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        image.setPrefWidth(240);
        table.getColumns().add(image);
        for (var severity : VulnerabilityTable.SEVERITIES) {
            TableColumn<HeatmapRow, Integer> column = new TableColumn<>(SeverityColours.title(severity));
            column.setId("heatmap-" + severity.name().toLowerCase(Locale.ROOT));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count(severity)));
            column.setPrefWidth(84);
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Integer count, boolean empty) {
                    super.updateItem(count, empty);
                    HeatmapRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (row == null || count == null || count < 0) {
                        setText(empty || row == null ? null : "–");
                        setStyle("");
                        return;
                    }
                    setText(Integer.toString(count));
                    setStyle(SeverityColours.heatStyle(severity, row.heat(severity)));
                }
            });
            column.getStyleClass().add("heatmap-cell");
            table.getColumns().add(column);
        }
        TableColumn<HeatmapRow, String> note = new TableColumn<>("");
        note.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().note()));
        note.setPrefWidth(200);
        table.getColumns().add(note);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> {
            TableRow<HeatmapRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }
}
