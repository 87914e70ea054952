package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Columns;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.List;

/** The Layers tab: each layer's number, size, entries, creation time, command and whether it is the base image's. */
final class LayersTable {

    private final TableView<LayerRow> table = new TableView<>();

    LayersTable(ImageScanViewModel model) {
        table.setId("scan-layers-table");
        table.setItems(model.layers());
        table.setPlaceholder(new Label("No layers"));
        table.getColumns().addAll(List.of(
                Columns.formatted("#", 44, LayerRow::number, Object::toString, "number-cell"),
                Columns.size("Size", 90, LayerRow::size),
                Columns.formatted("Entries", 70, LayerRow::entries, Object::toString, "number-cell"),
                Columns.time("Created", 130, LayerRow::created),
                Columns.text("From", 90, LayerRow::origin),
                Columns.text("Command", 460, LayerRow::command),
                Columns.text("Diff ID", 110, LayerRow::shortDiffId)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(LayerRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ScanStyles.INHERITED, !empty && row != null && row.fromBase());
                setTooltip(empty || row == null || row.command().isEmpty() ? null : new javafx.scene.control.Tooltip(row.command()));
            }
        });
    }

    Node node() {
        return table;
    }
}
