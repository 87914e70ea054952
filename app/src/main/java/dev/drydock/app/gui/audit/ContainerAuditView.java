package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.core.audit.container.NotApplicableCheck;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Audit tab of a container: the score and count line, findings (errors first) with CIS items and
 * fixes, the checks that do not apply, and the hardened run configuration with its switchable options.
 * It only binds; {@link ContainerAuditViewModel} decides.
 */
public final class ContainerAuditView {

    private final VBox root = new VBox(10);
    private final VBox header = new VBox(6);

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
        score.setStyle("-fx-font-weight: bold;");
        score.textProperty().bind(model.scoreProperty());
        Label counts = new Label();
        counts.setId("container-audit-counts");
        counts.textProperty().bind(model.countsProperty());
        Label status = new Label();
        status.setId("container-audit-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        HBox top = new HBox(12, audit, score, counts);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox results = new VBox(10,
                AuditTables.heading("Findings"), findingsTable(model.findings()),
                AuditTables.heading("Checks that do not apply"), notApplicableTable(model.notApplicable()),
                new HardenedRunView(model.hardened()).node(), new HardenedActionsView(model).node());
        results.visibleProperty().bind(model.auditedProperty());
        results.managedProperty().bind(results.visibleProperty());

        header.getChildren().addAll(top, status);
        header.setStyle("-fx-padding: 10 10 4 10;");
        root.getChildren().add(results);
        root.setStyle("-fx-padding: 6 10 10 10;");
    }

    /** The score line stays in view above the scrolling findings and configuration. */
    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(header, scroll);
    }

    private static TableView<AuditFindingRow> findingsTable(ObservableList<AuditFindingRow> rows) {
        TableView<AuditFindingRow> table = AuditTables.table(rows, "container-audit-findings", "No findings");
        table.getColumns().addAll(List.of(
                Columns.text("Severity", 80, row -> row.severity().id()),
                Columns.text("Check", 70, AuditFindingRow::checkId),
                Columns.text("CIS", 60, AuditFindingRow::cisItem),
                Columns.wrapping(Columns.text("Finding", 300, AuditFindingRow::message)),
                Columns.wrapping(Columns.text("Fix", 200, AuditFindingRow::fix))));
        table.setPrefHeight(280);
        return table;
    }

    private static TableView<NotApplicableCheck> notApplicableTable(ObservableList<NotApplicableCheck> rows) {
        TableView<NotApplicableCheck> table = AuditTables.table(rows, "container-audit-not-applicable", "Every check applies");
        table.getColumns().addAll(List.of(
                Columns.text("Check", 70, NotApplicableCheck::checkId),
                Columns.text("Title", 220, NotApplicableCheck::title),
                Columns.wrapping(Columns.text("Why not", 360, NotApplicableCheck::reason))));
        table.setPrefHeight(130);
        return table;
    }
}
