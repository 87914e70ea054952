package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.core.audit.daemon.DaemonFinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;

/** The overview's card of daemon and host findings: the summary line and one row per problem. */
final class DaemonAuditView {

    private final VBox root = new VBox(8);

    DaemonAuditView(DaemonAuditViewModel model) {
        root.setId("daemon-audit");
        root.getStyleClass().add("card");
        Label title = new Label("Daemon and host audit");
        title.getStyleClass().add("audit-card-title");
        Label summary = new Label();
        summary.setId("daemon-audit-summary");
        summary.getStyleClass().add("audit-card-note");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        TableView<DaemonFinding> table = new TableView<>(model.findings());
        table.setId("daemon-audit-findings");
        table.setPlaceholder(new Label("No daemon or host problems to show."));
        table.setPrefHeight(320);
        table.getColumns().addAll(List.of(
                Columns.text("Severity", 80, finding -> finding.severity().id()),
                Columns.text("Check", 70, DaemonFinding::checkId),
                Columns.text("CIS", 50, DaemonFinding::cisSection),
                Columns.wrapping(Columns.text("Problem", 260, DaemonFinding::title)),
                Columns.wrapping(Columns.text("Details", 420, DaemonFinding::explanation))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.visibleProperty().bind(model.auditedProperty());
        table.managedProperty().bind(table.visibleProperty());
        root.getChildren().addAll(title, summary, table);
    }

    Node node() {
        return root;
    }
}
