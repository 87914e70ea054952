package dev.drydock.app.gui.editor;

import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;

/**
 * The editor's own shortcuts, on top of the CodeArea's (undo Ctrl+Z, redo Ctrl+Y / Ctrl+Shift+Z, …):
 * Alt+Enter and Ctrl+1 quick fixes, Ctrl+F find, Ctrl+H replace, Ctrl+G go to line, Ctrl+/ toggle comment.
 */
final class EditorKeys {

    private EditorKeys() {
    }

    static void install(CodeArea area, DockerfileEditor editor) {
        Nodes.addInputMap(area, InputMap.sequence(
                consume(keyPressed(KeyCode.ENTER, ALT_DOWN), event -> editor.openQuickFixes()),
                consume(keyPressed(KeyCode.DIGIT1, SHORTCUT_DOWN), event -> editor.openQuickFixes()),
                consume(keyPressed(KeyCode.F, SHORTCUT_DOWN), event -> editor.showFind()),
                consume(keyPressed(KeyCode.H, SHORTCUT_DOWN), event -> editor.showReplace()),
                consume(keyPressed(KeyCode.G, SHORTCUT_DOWN), event -> editor.showGoToLine()),
                consume(keyPressed(KeyCode.SLASH, SHORTCUT_DOWN), event -> editor.toggleComment()),
                consume(keyPressed(KeyCode.DIVIDE, SHORTCUT_DOWN), event -> editor.toggleComment())));
    }
}
