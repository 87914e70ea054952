package dev.drydock.app.gui.common;

import dev.drydock.app.gui.live.FilterableRows;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.function.Consumer;

/**
 * The common layout of a list page: title, search field, row count and actions on top; the table
 * and the details of the selected row side by side.
 */
public final class TablePage<T> extends VBox {

    private final TableView<T> table = new TableView<>();
    private final HBox actions = new HBox(6);
    private final TextField search = TextFields.createClearableTextField();

    public TablePage(String title, String emptyText, FilterableRows<T> rows, Consumer<T> onSelect, Node details) {
        getStyleClass().add("table-page");
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        search.setPromptText("Filter " + title.toLowerCase(java.util.Locale.ROOT) + "…");
        search.getStyleClass().add("search-field");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(rows.searchTextProperty());
        Label count = new Label();
        count.getStyleClass().add("row-count");
        count.textProperty().bind(rows.rowCountProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions.getStyleClass().add("page-actions");
        HBox header = new HBox(12, heading, search, count, spacer, actions);
        header.getStyleClass().add("page-header");

        table.setItems(rows.shownRows());
        rows.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || table.getItems().isEmpty() || table.getSelectionModel().isEmpty()) {
                onSelect.accept(now);
            }
        });

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        SplitPane.setResizableWithParent(details, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);
    }

    public TableView<T> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }

    /** An action button in the page header, enabled while {@code enabled} is true. */
    public Button action(String text, Node icon, String id, ObservableValue<Boolean> enabled, Runnable command) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.getStyleClass().add("page-action");
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !Boolean.TRUE.equals(enabled.getValue()), enabled));
        button.setOnAction(event -> command.run());
        actions.getChildren().add(button);
        return button;
    }

    public void contextMenu(ContextMenu menu) {
        table.setContextMenu(menu);
    }
}
