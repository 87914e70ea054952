package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.Columns;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The hardened run configuration of the Audit tab: the options with their switches and the findings
 * each fixes, the line naming what stays unfixed, and the three formats with Copy and Save….
 */
final class HardenedRunView {

    private final VBox root = new VBox(10);

    HardenedRunView(HardenedRunViewModel model) {
        Label unfixed = new Label();
        unfixed.setId("container-audit-unfixed");
        unfixed.getStyleClass().add("audit-unfixed");
        unfixed.setWrapText(true);
        unfixed.textProperty().bind(model.unfixedProperty());
        Label saved = new Label();
        saved.setId("container-audit-save-status");
        saved.setWrapText(true);
        saved.textProperty().bind(model.saveStatusProperty());
        saved.visibleProperty().bind(model.saveStatusProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        root.getChildren().addAll(AuditTables.heading("Hardened run configuration"), optionsTable(model), unfixed,
                formats(model), saved);
    }

    Node node() {
        return root;
    }

    private static TableView<HardeningOptionRow> optionsTable(HardenedRunViewModel model) {
        TableView<HardeningOptionRow> table = AuditTables.table(model.options(), "container-audit-options", "No options");
        table.getColumns().addAll(List.of(
                switchColumn(model),
                Columns.text("Option", 190, HardeningOptionRow::title),
                Columns.text("Flag", 200, HardeningOptionRow::flag),
                Columns.text("Fixes", 130, HardeningOptionRow::fixes),
                Columns.wrapping(Columns.text("Why", 320, HardeningOptionRow::reasoning))));
        table.setPrefHeight(330);
        return table;
    }

    /** A check box per option: switching it re-renders the formats through the model. */
    private static TableColumn<HardeningOptionRow, HardeningOptionRow> switchColumn(HardenedRunViewModel model) {
        TableColumn<HardeningOptionRow, HardeningOptionRow> column = new TableColumn<>("On");
        column.setId("container-audit-option-on");
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setPrefWidth(44);
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(event -> {
                    HardeningOptionRow row = getItem();
                    if (row != null) {
                        model.setEnabled(row.kind(), box.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(HardeningOptionRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(row.enabled());
                box.setId("container-audit-option-" + row.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                box.setTooltip(new Tooltip((row.enabled() ? "Leave out: " : "Use: ") + row.title()));
                setGraphic(box);
            }
        });
        return column;
    }

    private static TabPane formats(HardenedRunViewModel model) {
        TabPane tabs = new TabPane(
                format(model, RunFormat.DOCKER_RUN, "container-audit-docker-run", model.dockerRunProperty()),
                format(model, RunFormat.COMPOSE, "container-audit-compose", model.composeProperty()),
                format(model, RunFormat.KUBERNETES, "container-audit-kubernetes", model.kubernetesProperty()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(260);
        tabs.setMinHeight(Region.USE_PREF_SIZE);
        return tabs;
    }

    private static Tab format(HardenedRunViewModel model, RunFormat format, String id, ReadOnlyStringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(format == RunFormat.DOCKER_RUN);
        area.getStyleClass().add("raw-json");
        area.textProperty().bind(text);
        Button copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…");
        save.setId(id + "-save");
        save.setTooltip(new Tooltip("Write it to a file, e.g. " + format.fileName("web")));
        save.disableProperty().bind(text.isEmpty());
        save.setOnAction(event -> model.save(format));
        VBox.setVgrow(area, Priority.ALWAYS);
        return new Tab(format.title(), new VBox(6, new HBox(6, copy, save), area));
    }
}
