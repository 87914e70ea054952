package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.common.Stylesheet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
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
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shows what a change would do before it is made: side by side (old | new) by default, or as a
 * unified diff; Apply or Cancel. Its result is true only for Apply. Used for one fix and for a whole
 * new text (the export of a hardened Dockerfile).
 */
public final class FixPreviewDialog extends Dialog<Boolean> {

    private final ButtonType apply;
    private final TableView<SideBySideRow> sideBySide = new TableView<>();
    private final ListView<String> unified = new ListView<>();

    /**
     * @param applyText the text of the button that makes the change ("Apply fix", "Export")
     */
    public FixPreviewDialog(FixPreview preview, String applyText) {
        apply = new ButtonType(applyText, ButtonBar.ButtonData.OK_DONE);
        setTitle("Preview: " + preview.title());
        setHeaderText(preview.title());
        setResizable(true);
        getDialogPane().getStyleClass().addAll("drydock-dialog", "fix-preview");
        getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        getDialogPane().setContent(content(preview));
        getDialogPane().setPrefSize(960, 560);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("fix-preview-apply");
        applyButton.setDisable(!preview.hasChanges());
        setResultConverter(button -> button == apply);
    }

    /** Shows the preview over {@code owner} and waits; true when the user chose to apply. */
    public static boolean confirm(Window owner, FixPreview preview, String applyText) {
        FixPreviewDialog dialog = new FixPreviewDialog(preview, applyText);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().orElse(false);
    }

    private Node content(FixPreview preview) {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton sideBySideMode = new ToggleButton("Side by side");
        sideBySideMode.setId("fix-preview-side-by-side");
        ToggleButton unifiedMode = new ToggleButton("Unified diff");
        unifiedMode.setId("fix-preview-unified");
        sideBySideMode.setToggleGroup(mode);
        unifiedMode.setToggleGroup(mode);
        sideBySideMode.setSelected(true);
        // A toggle group lets the user unselect both; keep one chosen.
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        Label summary = new Label(preview.hasChanges() ? describe(preview.sideBySideRows()) : "This change leaves the text as it is.");
        summary.getStyleClass().add("fix-preview-summary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, summary, spacer, sideBySideMode, unifiedMode);
        bar.getStyleClass().add("fix-preview-bar");

        buildSideBySide(preview);
        unified.setId("fix-preview-unified-diff");
        unified.getStyleClass().add("unified-diff");
        unified.getItems().setAll(preview.unifiedDiff().lines().toList());
        unified.setCellFactory(list -> new DiffLineCell());
        sideBySide.visibleProperty().bind(sideBySideMode.selectedProperty());
        unified.visibleProperty().bind(unifiedMode.selectedProperty());
        StackPane views = new StackPane(sideBySide, unified);
        VBox.setVgrow(views, Priority.ALWAYS);
        return new VBox(8, bar, views);
    }

    private void buildSideBySide(FixPreview preview) {
        sideBySide.setId("fix-preview-side-by-side-table");
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
        sideBySide.getItems().setAll(preview.sideBySideRows());
        if (preview.firstChangedRow() > 2) {
            sideBySide.scrollTo(preview.firstChangedRow() - 2);
        }
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
