package dev.drydock.app.gui.findings;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a change does, shown side by side (old | new) by default or as a unified diff, with a line count
 * summary: the body of the fix preview dialog, and of the Vulnerabilities tab's Dockerfile fixes.
 */
public final class FixPreviewView {

    private final TableView<SideBySideRow> sideBySide = new TableView<>();
    private final ListView<String> unified = new ListView<>();
    private final Label summary = new Label();
    private final VBox root;

    /** @param idPrefix the prefix of its nodes' ids ({@code fix-preview}: {@code fix-preview-unified-diff}…) */
    public FixPreviewView(String idPrefix) {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton sideBySideMode = new ToggleButton("Side by side");
        sideBySideMode.setId(idPrefix + "-side-by-side");
        ToggleButton unifiedMode = new ToggleButton("Unified diff");
        unifiedMode.setId(idPrefix + "-unified");
        sideBySideMode.setToggleGroup(mode);
        unifiedMode.setToggleGroup(mode);
        sideBySideMode.setSelected(true);
        // A toggle group lets the user unselect both; keep one chosen.
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        summary.getStyleClass().add("fix-preview-summary");
        summary.setId(idPrefix + "-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, summary, spacer, sideBySideMode, unifiedMode);
        bar.getStyleClass().add("fix-preview-bar");

        buildSideBySide(idPrefix);
        unified.setId(idPrefix + "-unified-diff");
        unified.getStyleClass().add("unified-diff");
        unified.setCellFactory(list -> new DiffLineCell());
        sideBySide.visibleProperty().bind(sideBySideMode.selectedProperty());
        unified.visibleProperty().bind(unifiedMode.selectedProperty());
        StackPane views = new StackPane(sideBySide, unified);
        VBox.setVgrow(views, Priority.ALWAYS);
        root = new VBox(8, bar, views);
    }

    public Node node() {
        return root;
    }

    /** Shows {@code preview}; null shows nothing. */
    public void show(FixPreview preview) {
        if (preview == null) {
            summary.setText("");
            sideBySide.getItems().clear();
            unified.getItems().clear();
            return;
        }
        summary.setText(preview.hasChanges() ? describe(preview.sideBySideRows()) : "This change leaves the text as it is.");
        unified.getItems().setAll(preview.unifiedDiff().lines().toList());
        sideBySide.getItems().setAll(preview.sideBySideRows());
        if (preview.firstChangedRow() > 2) {
            sideBySide.scrollTo(preview.firstChangedRow() - 2);
        }
    }

    private void buildSideBySide(String idPrefix) {
        sideBySide.setId(idPrefix + "-side-by-side-table");
        sideBySide.getStyleClass().add("side-by-side-diff");
        sideBySide.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sideBySide.getColumns().setAll(List.of(
                numberColumn(row -> row.oldNumber()), textColumn("Before", SideBySideRow::oldText),
                numberColumn(row -> row.newNumber()), textColumn("After", SideBySideRow::newText)));
        sideBySide.getColumns().forEach(column -> column.setSortable(false));
        sideBySide.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(SideBySideRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(style -> style.startsWith("diff-"));
                if (!empty && row != null) {
                    getStyleClass().add("diff-" + row.change().name().toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    private static TableColumn<SideBySideRow, Integer> numberColumn(Function<SideBySideRow, Integer> number) {
        TableColumn<SideBySideRow, Integer> column = new TableColumn<>("");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(number.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null || value == 0 ? null : value.toString());
            }
        });
        column.getStyleClass().add("diff-line-number");
        column.setPrefWidth(44);
        column.setMaxWidth(60);
        return column;
    }

    private static TableColumn<SideBySideRow, String> textColumn(String title, Function<SideBySideRow, String> text) {
        TableColumn<SideBySideRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.getStyleClass().add("diff-text");
        column.setPrefWidth(420);
        return column;
    }

    private static String describe(List<SideBySideRow> rows) {
        long changed = rows.stream().filter(row -> row.change() == LineChange.CHANGED).count();
        long inserted = rows.stream().filter(row -> row.change() == LineChange.INSERTED).count();
        long deleted = rows.stream().filter(row -> row.change() == LineChange.DELETED).count();
        return lines(changed, "changed") + ", " + lines(inserted, "added") + ", " + lines(deleted, "removed");
    }

    private static String lines(long count, String what) {
        return count + (count == 1 ? " line " : " lines ") + what;
    }

    /** A line of the unified diff, coloured by its first character. */
    private static final class DiffLineCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-inserted", "diff-deleted", "diff-hunk", "diff-file");
            setText(empty ? null : line);
            if (empty || line == null || line.isEmpty()) {
                return;
            }
            if (line.startsWith("+++") || line.startsWith("---")) {
                getStyleClass().add("diff-file");
            } else if (line.startsWith("@@")) {
                getStyleClass().add("diff-hunk");
            } else if (line.charAt(0) == '+') {
                getStyleClass().add("diff-inserted");
            } else if (line.charAt(0) == '-') {
                getStyleClass().add("diff-deleted");
            }
        }
    }
}
