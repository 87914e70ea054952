package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Formats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

import java.util.function.Function;

/**
 * The Files tab, like dive: the merged filesystem as a tree, each path with its size, mode, owner,
 * the layers that added, changed or deleted it and markers for setuid and world-writable files.
 * Deleted paths (still shipped in the image) are listed apart in style. Filters: one layer's changes,
 * a path text, and whether to list deleted paths.
 */
final class FilesTreeView {

    private static final int ALL_LAYERS = -1;
    private static final int EXPAND_AT_MOST = 5000;

    private final VBox root = new VBox(6);
    private final TreeTableView<FileNode> tree = new TreeTableView<>();

    FilesTreeView(ImageScanViewModel model) {
        root.setId("scan-files");
        root.getStyleClass().add("scan-tab-content");
        ComboBox<Integer> layer = new ComboBox<>();
        layer.setId("scan-files-layer");
        layer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                if (index == null || index == ALL_LAYERS) {
                    return "All layers";
                }
                LayerRow row = index < model.layers().size() ? model.layers().get(index) : null;
                return "Changed in layer " + (index + 1) + (row == null || row.command().isEmpty() ? ""
                        : ": " + abbreviate(row.command()));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable choices = () -> {
            var items = FXCollections.<Integer>observableArrayList(ALL_LAYERS);
            for (int i = 0; i < model.layers().size(); i++) {
                items.add(i);
            }
            layer.setItems(items);
            layer.setValue(model.filesLayerProperty().get());
        };
        model.layers().addListener((ListChangeListener<LayerRow>) change -> choices.run());
        choices.run();
        layer.valueProperty().addListener((obs, old, now) -> model.filesLayerProperty().set(now == null ? ALL_LAYERS : now));
        model.filesLayerProperty().addListener((obs, old, now) -> layer.setValue(now.intValue()));

        TextField search = TextFields.createClearableTextField();
        search.setId("scan-files-search");
        search.getStyleClass().add("search-field");
        search.setPromptText("Filter paths…");
        search.textProperty().bindBidirectional(model.filesTextProperty());
        CheckBox deleted = new CheckBox("Show deleted files");
        deleted.setId("scan-files-deleted");
        deleted.selectedProperty().bindBidirectional(model.showDeletedProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox bar = new HBox(8, layer, search, deleted);
        bar.getStyleClass().add("scan-toolbar");

        buildTree();
        model.shownFilesProperty().addListener((obs, old, now) -> show(now, now != model.allFilesProperty().get()));
        show(model.shownFilesProperty().get(), false);
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.getChildren().addAll(bar, tree);
    }

    Node node() {
        return root;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    /** @param filtered a filtered tree is opened all the way down (when not huge), to show what matched */
    private void show(FileNode shown, boolean filtered) {
        if (shown == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<FileNode> top = new FileTreeItem(shown);
        top.setExpanded(true);
        if (filtered && FileTree.count(shown) <= EXPAND_AT_MOST) {
            expandAll(top);
        }
        tree.setRoot(top);
    }

    private static void expandAll(TreeItem<FileNode> item) {
        item.setExpanded(true);
        item.getChildren().forEach(FilesTreeView::expandAll);
    }

    private void buildTree() {
        tree.setId("scan-files-tree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No paths match the filters."));
        tree.getColumns().add(column("Name", 300, node -> node.displayName()));
        tree.getColumns().add(column("Size", 90, node -> Formats.size(node.size())));
        tree.getColumns().add(column("Mode", 100, node -> FileModes.of(node.type(), node.mode())));
        tree.getColumns().add(column("Owner", 80, node -> node.uid() + ":" + node.gid()));
        tree.getColumns().add(column("Layers", 230, FileNode::changes));
        tree.getColumns().add(column("Attention", 170, FileNode::flags));
        tree.getColumns().forEach(column -> column.setSortable(false));
        tree.getColumns().get(1).getStyleClass().add("number-cell");
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(FileNode node, boolean empty) {
                super.updateItem(node, empty);
                boolean shown = !empty && node != null;
                pseudoClassStateChanged(ScanStyles.DELETED, shown && node.state() == FileNode.State.DELETED);
                pseudoClassStateChanged(ScanStyles.RISKY, shown && (node.isSetuid() || node.isSetgid() || node.isWorldWritable()));
            }
        });
    }

    private static TreeTableColumn<FileNode, String> column(String title, double width, Function<FileNode, String> text) {
        TreeTableColumn<FileNode, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null || cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return column;
    }
}
