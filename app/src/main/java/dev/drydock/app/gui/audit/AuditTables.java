package dev.drydock.app.gui.audit;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** The shape the audit's tables share: a fixed height inside the scrolling tab, a placeholder, and headings. */
final class AuditTables {

    private AuditTables() {
    }

    static <T> TableView<T> table(ObservableList<T> rows, String id, String empty) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.setPrefHeight(200);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
