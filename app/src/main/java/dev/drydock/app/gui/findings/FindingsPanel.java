package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Severity;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The findings table of the current Dockerfile: a header with a toggle per severity (showing its
 * count; off hides those findings), a category choice and a search field; then the table of
 * severity, id, message and line. A click (or Enter) on a row reveals the finding in the editor;
 * moving through rows with the keyboard only selects.
 */
public final class FindingsPanel {

    private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE);

    private final FindingsViewModel model;
    private final VBox root = new VBox();
    private final TableView<FindingRow> table = new TableView<>();
    private boolean syncing;

    public FindingsPanel(FindingsViewModel model) {
        this.model = model;
        root.getStyleClass().add("findings-panel");
        root.setId("findings-panel");
        root.getChildren().addAll(header(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        buildTable();
    }

    public Node node() {
        return root;
    }

    public TableView<FindingRow> table() {
        return table;
    }

    private VBox header() {
        Label title = new Label("Findings");
        title.getStyleClass().add("findings-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox toggles = new HBox(4);
        toggles.getStyleClass().add("severity-toggles");
        for (Severity severity : SEVERITIES) {
            toggles.getChildren().add(severityToggle(severity));
        }
        ComboBox<CategoryFilter> category = new ComboBox<>();
        category.setId("findings-category");
        category.getItems().setAll(CategoryFilter.choices());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        TextField search = TextFields.createClearableTextField();
        search.setId("findings-search");
        search.getStyleClass().add("search-field");
        search.setPromptText("Filter by id or message…");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        Label shown = new Label();
        shown.setId("findings-count");
        shown.getStyleClass().add("row-count");
        shown.textProperty().bind(Bindings.createStringBinding(() -> {
            int shownCount = model.shownCountsProperty().get().total();
            int total = model.allCountsProperty().get().total();
            return shownCount == total ? "" : shownCount + " of " + total + " shown";
        }, model.shownCountsProperty(), model.allCountsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox counts = new HBox(8, title, toggles, spacer, shown);
        counts.getStyleClass().add("findings-header");
        HBox filters = new HBox(8, category, search);
        filters.getStyleClass().add("findings-filters");
        return new VBox(4, counts, filters);
    }

    private ToggleButton severityToggle(Severity severity) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("findings-toggle-" + severity.id());
        toggle.getStyleClass().addAll("severity-toggle", SeverityIcons.styleClass(severity));
        toggle.setGraphic(SeverityIcons.of(severity));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.textProperty().bind(model.allCountsProperty().map(counts -> SeverityIcons.count(counts.of(severity), severity)));
        toggle.setTooltip(new Tooltip("Show or hide " + severity.id() + " findings"));
        toggle.setSelected(model.isSeverityShown(severity));
        toggle.selectedProperty().addListener((obs, old, shown) -> model.setSeverityShown(severity, shown));
        model.shownSeveritiesProperty().addListener((obs, old, now) -> toggle.setSelected(now.contains(severity)));
        return toggle;
    }

    private void buildTable() {
        table.setId("findings-table");
        table.getStyleClass().add("findings-table");
        table.setItems(model.rows());
        model.tableComparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setId("findings-placeholder");
        placeholder.getStyleClass().add("findings-placeholder");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(severityColumn(), idColumn(), messageColumn(), lineColumn()));
        table.setRowFactory(view -> {
            TableRow<FindingRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    model.reveal(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            FindingRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                model.reveal(selected);
                event.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && table.isFocused()) {
                model.select(now);
            }
        });
        model.selectedRowProperty().addListener((obs, old, now) -> showSelection(now));
        // The table drops its selection when its rows are replaced; put the model's back.
        model.rows().addListener((ListChangeListener<FindingRow>) change -> showSelection(model.selectedRowProperty().get()));
    }

    private void showSelection(FindingRow row) {
        if (row == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 2));
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<FindingRow, Severity> severityColumn() {
        TableColumn<FindingRow, Severity> column = column("", FindingRow::severity, Comparator.naturalOrder());
        column.setId("findings-severity-column");
        column.getStyleClass().add("severity-column");
        column.setPrefWidth(34);
        column.setMinWidth(34);
        column.setMaxWidth(34);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity severity, boolean empty) {
                super.updateItem(severity, empty);
                setGraphic(empty || severity == null ? null : SeverityIcons.of(severity));
                setTooltip(empty || severity == null ? null : new Tooltip(severity.id()));
            }
        });
        return column;
    }

    private static TableColumn<FindingRow, String> idColumn() {
        TableColumn<FindingRow, String> column = column("Rule", FindingRow::displayId, Comparator.naturalOrder());
        column.setPrefWidth(130);
        column.setMinWidth(120);
        column.getStyleClass().add("rule-id-column");
        return column;
    }

    private static TableColumn<FindingRow, FindingRow> messageColumn() {
        TableColumn<FindingRow, FindingRow> column = column("Message", row -> row,
                Comparator.comparing(row -> row.message().toLowerCase(Locale.ROOT)));
        column.setPrefWidth(520);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FindingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.message());
                setTooltip(empty || row == null ? null : new Tooltip(row.message()));
                Node fixIcon = empty || row == null || !row.hasFix() ? null : Glyphs.of(Glyph.FIX);
                if (fixIcon != null) {
                    fixIcon.getStyleClass().add("fix-available");
                }
                setGraphic(fixIcon);
            }
        });
        return column;
    }

    private static TableColumn<FindingRow, FindingRow> lineColumn() {
        TableColumn<FindingRow, FindingRow> column = column("Line", row -> row,
                Comparator.comparingInt(FindingRow::line).thenComparingInt(FindingRow::column));
        column.setPrefWidth(64);
        column.setMaxWidth(90);
        column.getStyleClass().add("number-cell");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FindingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null || row.line() == 0 ? null : row.line() + ":" + row.column());
            }
        });
        return column;
    }

    private static <V> TableColumn<FindingRow, V> column(String title, Function<FindingRow, V> value, Comparator<V> order) {
        TableColumn<FindingRow, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(order);
        return column;
    }
}
