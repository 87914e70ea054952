package dev.drydock.app.gui.vulndb;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.core.vuln.db.SourceStatus;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import java.util.Locale;

/** The database's sources, one row per ecosystem: where its advisories came from, when, and how many. */
final class DatabaseSourcesTable {

    private final TableView<SourceStatus> table = new TableView<>();

    DatabaseSourcesTable(ObservableList<SourceStatus> sources) {
        table.setId("db-sources");
        table.setItems(sources);
        table.setPlaceholder(new Label("No advisories imported yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("Ecosystem", 140, source -> source.ecosystem().osvName()));
        table.getColumns().add(Columns.formatted("Advisories", 110, SourceStatus::records,
                records -> String.format(Locale.ROOT, "%,d", records), "number-cell"));
        table.getColumns().add(Columns.time("Updated", 150, SourceStatus::updated));
        table.getColumns().add(Columns.text("Origin", 480, SourceStatus::origin));
    }

    TableView<SourceStatus> node() {
        return table;
    }
}
