package dev.drydock.app.gui.editor;

import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The quick-fix popup at the caret: one menu item per {@link QuickFixItem}, wired to the editor's actions. */
final class QuickFixMenu {

    private final CodeArea area;
    private final Supplier<EditorActions> actions;
    private ContextMenu menu;

    QuickFixMenu(CodeArea area, Supplier<EditorActions> actions) {
        this.area = area;
        this.actions = actions;
    }

    void show(List<QuickFixItem> items) {
        hide();
        menu = new ContextMenu();
        menu.getStyleClass().add("quick-fix-menu");
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No quick fixes here");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        Class<?> previous = null;
        for (QuickFixItem item : items) {
            if (previous != null && group(previous) != group(item.getClass())) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            previous = item.getClass();
            MenuItem entry = new MenuItem(item.label());
            entry.getStyleClass().add("quick-fix-item");
            entry.setDisable(item instanceof QuickFixItem.Checking);
            entry.setOnAction(event -> run(item));
            menu.getItems().add(entry);
        }
        Optional<Bounds> caret = area.getCaretBounds();
        if (caret.isPresent()) {
            menu.show(area, caret.get().getMinX(), caret.get().getMaxY());
        } else {
            menu.show(area, Side.TOP, 0, 0);
        }
    }

    boolean isShowing() {
        return menu != null && menu.isShowing();
    }

    void hide() {
        if (menu != null) {
            menu.hide();
        }
    }

    private void run(QuickFixItem item) {
        EditorActions to = actions.get();
        if (item instanceof QuickFixItem.ApplyFix apply) {
            to.applyFix(apply.finding(), apply.fix());
        } else if (item instanceof QuickFixItem.PreviewFix preview) {
            to.previewFix(preview.finding(), preview.fix());
        } else if (item instanceof QuickFixItem.FixAllSafe) {
            to.fixAllSafe();
        } else if (item instanceof QuickFixItem.Suppress suppress) {
            to.suppress(suppress.finding(), suppress.scope());
        } else if (item instanceof QuickFixItem.Explain explain) {
            to.explain(explain.finding());
        }
    }

    /** Fixes, previews, "fix all", then suppress/explain: a separator between the groups. */
    private static int group(Class<?> type) {
        if (type == QuickFixItem.ApplyFix.class || type == QuickFixItem.Checking.class) {
            return 0;
        }
        if (type == QuickFixItem.PreviewFix.class) {
            return 1;
        }
        return type == QuickFixItem.FixAllSafe.class ? 2 : 3;
    }
}
