package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.core.audit.container.NotApplicableCheck;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Audit tab of a container: findings with CIS items and fixes, the checks that do not apply, the
 * count line, and the hardened run configuration (docker run, Compose, Kubernetes) with its options.
 * It only binds; {@link ContainerAuditViewModel} decides.
 */
public final class ContainerAuditView {

    private final VBox root = new VBox(10);

    public ContainerAuditView(ContainerAuditViewModel model) {
        root.getStyleClass().add("container-audit");
        root.setId("container-audit");

        Button audit = new Button("Audit");
        audit.setId("container-audit-run");
        audit.disableProperty().bind(model.canAuditProperty().not());
        audit.setOnAction(event -> model.audit());
        Label score = new Label();
        score.setId("container-audit-score");
        score.getStyleClass().add("audit-score");
        score.textProperty().bind(model.scoreProperty());
        Label status = new Label();
        status.setId("container-audit-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        HBox top = new HBox(10, audit, score);

        VBox results = new VBox(10,
                heading("Findings"), findingsTable(model.findings()),
                heading("Checks that do not apply"), notApplicableTable(model.notApplicable()),
                heading("Hardened run configuration"), formats(model),
                heading("Options"), optionsTable(model.options()));
        results.visibleProperty().bind(model.auditedProperty());
        results.managedProperty().bind(results.visibleProperty());

        root.getChildren().addAll(top, status, results);
        root.setStyle("-fx-padding: 10;");
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static TableView<AuditFindingRow> findingsTable(ObservableList<AuditFindingRow> rows) {
        TableView<AuditFindingRow> table = table(rows, "container-audit-findings", "No findings");
        table.getColumns().addAll(List.of(
                Columns.text("Severity", 80, row -> row.severity().id()),
                Columns.text("Check", 70, AuditFindingRow::checkId),
                Columns.text("CIS", 60, AuditFindingRow::cisItem),
                wrapping(Columns.text("Finding", 300, AuditFindingRow::message)),
                wrapping(Columns.text("Fix", 200, AuditFindingRow::fix))));
        return table;
    }

    private static TableView<NotApplicableCheck> notApplicableTable(ObservableList<NotApplicableCheck> rows) {
        TableView<NotApplicableCheck> table = table(rows, "container-audit-not-applicable", "Every check applies");
        table.getColumns().addAll(List.of(
                Columns.text("Check", 70, NotApplicableCheck::checkId),
                Columns.text("Title", 220, NotApplicableCheck::title),
                wrapping(Columns.text("Why not", 360, NotApplicableCheck::reason))));
        return table;
    }

    private static TableView<HardeningOptionRow> optionsTable(ObservableList<HardeningOptionRow> rows) {
        TableView<HardeningOptionRow> table = table(rows, "container-audit-options", "No options");
        table.getColumns().addAll(List.of(
                Columns.text("Option", 200, HardeningOptionRow::flag),
                Columns.text("Fixes", 120, HardeningOptionRow::fixes),
                Columns.text("On", 40, row -> row.enabled() ? "yes" : "no"),
                wrapping(Columns.text("Why", 360, HardeningOptionRow::reasoning))));
        return table;
    }

    private static <T> TableView<T> table(ObservableList<T> rows, String id, String empty) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setPrefHeight(200);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> {
            TableCell<T, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return column;
    }

    private static TabPane formats(ContainerAuditViewModel model) {
        TabPane tabs = new TabPane(
                format("docker run", "container-audit-docker-run", model.dockerRunProperty()),
                format("Compose", "container-audit-compose", model.composeProperty()),
                format("Kubernetes", "container-audit-kubernetes", model.kubernetesProperty()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(260);
        tabs.setMinHeight(Region.USE_PREF_SIZE);
        return tabs;
    }

    private static Tab format(String title, String id, ObservableStringValue text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("raw-json");
        area.textProperty().bind(text);
        Button copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox.setVgrow(area, Priority.ALWAYS);
        return new Tab(title, new VBox(6, copy, area));
    }
}
