package dev.drydock.app.gui.scan;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose children are made when it is first expanded, so an image with a hundred
 * thousand paths opens at once.
 */
final class FileTreeItem extends TreeItem<FileNode> {

    private boolean childrenMade;

    FileTreeItem(FileNode node) {
        super(node);
    }

    @Override
    public boolean isLeaf() {
        return getValue().children().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<FileNode>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            ObservableList<TreeItem<FileNode>> children = super.getChildren();
            getValue().children().stream()
                    .sorted(java.util.Comparator.comparing((FileNode child) -> !child.isFolder()).thenComparing(FileNode::name))
                    .forEach(child -> children.add(new FileTreeItem(child)));
        }
        return super.getChildren();
    }
}
