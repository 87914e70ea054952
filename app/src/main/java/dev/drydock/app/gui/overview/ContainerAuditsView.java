package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The overview's container audit table: "Audit all" with progress and Cancel, one row per container
 * with its score and counts; a double click or "Open" shows the container on the Containers page.
 */
final class ContainerAuditsView {

    private final VBox root = new VBox(8);

    ContainerAuditsView(ContainerAuditsViewModel model) {
        root.setId("container-audits");
        root.getStyleClass().add("card");
        Label title = new Label("Container audits");
        title.getStyleClass().add("audit-card-title");
        Label status = new Label();
        status.setId("container-audits-status");
        status.getStyleClass().add("audit-card-note");
        status.setWrapText(true);
        status.textProperty().bind(model.messageProperty());
        var auditing = model.stateProperty().isEqualTo(ContainerAuditsViewModel.State.AUDITING);
        ProgressBar progress = new ProgressBar();
        progress.setId("container-audits-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(auditing);
        progress.managedProperty().bind(auditing);
        Button cancel = new Button("Cancel", Glyphs.of(Glyph.CANCEL));
        cancel.setId("container-audits-cancel");
        cancel.visibleProperty().bind(auditing);
        cancel.managedProperty().bind(auditing);
        cancel.setOnAction(event -> model.cancel());
        var offline = Bindings.createBooleanBinding(() -> !model.isConnected(), model.connectedProperty());
        Button auditAll = new Button("Audit all", Glyphs.of(Glyph.SCAN));
        auditAll.setId("container-audits-run");
        auditAll.setTooltip(new Tooltip("Audit every container, running or stopped, against CIS Docker Benchmark section 5"));
        auditAll.disableProperty().bind(auditing.or(offline));
        auditAll.setOnAction(event -> model.auditAll());
        TableView<ContainerAuditRow> table = table(model);
        Button open = new Button("Open");
        open.setId("container-audits-open");
        open.setTooltip(new Tooltip("Show the selected container's Audit tab on the Containers page"));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> model.open(table.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, progress, cancel, open, auditAll);
        header.getStyleClass().add("scan-toolbar");

        Label offlineText = new Label("Not connected to a Docker daemon: connect to audit its containers.");
        offlineText.setId("container-audits-offline");
        offlineText.getStyleClass().add("audit-card-note");
        offlineText.visibleProperty().bind(offline);
        offlineText.managedProperty().bind(offline);
        table.visibleProperty().bind(offline.not());
        table.managedProperty().bind(offline.not());
        root.getChildren().addAll(header, status, offlineText, table);
    }

    Node node() {
        return root;
    }

    private static TableView<ContainerAuditRow> table(ContainerAuditsViewModel model) {
        TableView<ContainerAuditRow> table = new TableView<>(model.rows());
        table.setId("container-audits-table");
        table.setPlaceholder(new Label("Press \"Audit all\" to see every container's audit score and findings."));
        table.setPrefHeight(200);
        table.getColumns().addAll(List.of(
                Columns.text("Name", 180, ContainerAuditRow::name),
                Columns.text("Image", 180, row -> row.container().image()),
                Columns.text("State", 90, row -> row.container().state()),
                number("Score", "container-audits-score", ContainerAuditRow::score),
                number("Errors", "container-audits-errors", ContainerAuditRow::errors),
                number("Warnings", "container-audits-warnings", ContainerAuditRow::warnings),
                number("Notes", "container-audits-notes", ContainerAuditRow::notes),
                Columns.text("", 160, ContainerAuditRow::note)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> {
            TableRow<ContainerAuditRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    /** A number column that sorts by value and shows "–" until the container is audited. */
    private static TableColumn<ContainerAuditRow, Integer> number(String title, String id,
                                                                 Function<ContainerAuditRow, Integer> value) {
        TableColumn<ContainerAuditRow, Integer> column = Columns.formatted(title, 76, value,
                number -> number < 0 ? "–" : Integer.toString(number), "number-cell");
        column.setId(id);
        return column;
    }
}
