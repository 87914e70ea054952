package dev.drydock.app.gui.containers;

import dev.drydock.app.gui.audit.ContainerAuditView;
import dev.drydock.app.gui.common.Columns;
import dev.drydock.app.gui.common.DetailsPane;
import dev.drydock.app.gui.common.TablePage;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.List;

/** The Containers page: the live table, lifecycle actions and the selected container's details. */
public final class ContainersView {

    private static final List<String> STATE_STYLES = List.of("state-running", "state-exited", "state-paused",
            "state-created", "state-restarting", "state-dead", "state-removing");

    private final TablePage<ContainerSummary> page;

    public ContainersView(ContainersViewModel model) {
        DetailsPane<ContainerDetails> details = new DetailsPane<>("Select a container to see its details.",
                model.details(), ContainerSheet::of, ContainerDetails::rawJson);
        Tab audit = details.addTab("Audit", new ContainerAuditView(model.audit()).node());
        model.auditRequestsProperty().addListener((obs, old, now) -> {
            if (audit.getTabPane() != null) {
                audit.getTabPane().getSelectionModel().select(audit);
            }
        });
        page = new TablePage<>("Containers", "No containers", model.rows(), model::select, details);
        page.setId("containers-page");
        page.table().setId("containers-table");
        TableColumn<ContainerSummary, java.time.Instant> created = Columns.time("Created", 140, ContainerSummary::created);
        page.table().getColumns().addAll(List.of(
                Columns.text("Name", 180, ContainerSummary::name),
                Columns.text("Image", 180, ContainerSummary::image),
                stateColumn(),
                Columns.text("Status", 140, ContainerSummary::status),
                Columns.text("Ports", 150, ContainerRows::ports),
                created,
                Columns.text("ID", 120, ContainerSummary::shortId)));
        created.setSortType(TableColumn.SortType.DESCENDING);
        page.table().getSortOrder().add(created);

        page.action("Start", Glyphs.of(Glyph.START), "container-start", model.canStartProperty(), model::start);
        page.action("Stop", Glyphs.of(Glyph.STOP), "container-stop", model.canStopProperty(), model::stop);
        page.action("Restart", Glyphs.of(Glyph.RESTART), "container-restart", model.canRestartProperty(), model::restart);
        page.action("Remove", Glyphs.of(Glyph.REMOVE), "container-remove", model.canRemoveProperty(), model::remove)
                .getStyleClass().add("danger");
        page.contextMenu(new ContextMenu(
                item("Start", Glyph.START, model.canStartProperty(), model::start),
                item("Stop", Glyph.STOP, model.canStopProperty(), model::stop),
                item("Restart", Glyph.RESTART, model.canRestartProperty(), model::restart),
                new SeparatorMenuItem(),
                item("Remove…", Glyph.REMOVE, model.canRemoveProperty(), model::remove)));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && page.table().getSelectionModel().getSelectedItem() != now) {
                page.table().getSelectionModel().select(now);
            }
        });
    }

    public TablePage<ContainerSummary> node() {
        return page;
    }

    private static MenuItem item(String text, Glyph glyph, ObservableValue<Boolean> enabled, Runnable command) {
        MenuItem item = new MenuItem(text, Glyphs.of(glyph));
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !Boolean.TRUE.equals(enabled.getValue()), enabled));
        item.setOnAction(event -> command.run());
        return item;
    }

    private static TableColumn<ContainerSummary, String> stateColumn() {
        TableColumn<ContainerSummary, String> column = Columns.text("State", 100, ContainerSummary::state);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeAll(STATE_STYLES);
                if (empty || state == null) {
                    setText(null);
                } else {
                    setText(state);
                    getStyleClass().add("state-" + state);
                }
            }
        });
        return column;
    }
}
