package dev.drydock.app.gui.editor;

import dev.drydock.core.fix.TextEdit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** The find / replace bar under the editor: next, previous, match case, replace, replace all (one undo step). */
final class FindBar {

    private final CodeArea area;
    private final Consumer<List<TextEdit>> applyEdits;
    private final HBox root = new HBox(6);
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Button replace = new Button("Replace");
    private final Button replaceAll = new Button("Replace all");

    /** @param applyEdits performs edits as one undoable change */
    FindBar(CodeArea area, Consumer<List<TextEdit>> applyEdits) {
        this.area = area;
        this.applyEdits = applyEdits;
        root.getStyleClass().add("find-bar");
        query.setPromptText("Find");
        query.setId("find-query");
        replacement.setPromptText("Replace with");
        replacement.setId("find-replacement");
        matchCase.setId("find-match-case");
        Button next = new Button("Next");
        next.setId("find-next");
        Button previous = new Button("Previous");
        previous.setId("find-previous");
        replace.setId("find-replace");
        replaceAll.setId("find-replace-all");
        Button close = new Button("Close");
        next.setOnAction(event -> findNext());
        previous.setOnAction(event -> findPrevious());
        replace.setOnAction(event -> replaceOne());
        replaceAll.setOnAction(event -> replaceAll());
        close.setOnAction(event -> close());
        query.setOnAction(event -> findNext());
        replacement.setOnAction(event -> replaceOne());
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        root.getChildren().addAll(query, previous, next, matchCase, replacement, replace, replaceAll, close);
        setVisible(false, false);
    }

    HBox node() {
        return root;
    }

    void show(boolean withReplace) {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        setVisible(true, withReplace);
        (withReplace && !query.getText().isEmpty() ? replacement : query).requestFocus();
        query.selectAll();
    }

    void close() {
        setVisible(false, false);
        area.requestFocus();
    }

    void findNext() {
        select(FindReplace.next(area.getText(), query.getText(), area.getSelection().getEnd(), matchCase.isSelected()));
    }

    void findPrevious() {
        select(FindReplace.previous(area.getText(), query.getText(), area.getSelection().getStart(), matchCase.isSelected()));
    }

    /** Replaces the selected match (when the selection is one) and selects the next. */
    void replaceOne() {
        String selected = area.getSelectedText();
        String wanted = query.getText();
        boolean isMatch = matchCase.isSelected() ? selected.equals(wanted) : selected.equalsIgnoreCase(wanted);
        if (!wanted.isEmpty() && isMatch) {
            int start = area.getSelection().getStart();
            applyEdits.accept(List.of(TextEdit.replace(start, area.getSelection().getEnd(), replacement.getText())));
            area.moveTo(start + replacement.getText().length());
        }
        findNext();
    }

    void replaceAll() {
        List<TextEdit> edits = FindReplace.replaceAll(area.getText(), query.getText(), replacement.getText(),
                matchCase.isSelected());
        applyEdits.accept(edits);
    }

    private void select(OptionalInt start) {
        start.ifPresent(at -> {
            area.selectRange(at, at + query.getText().length());
            area.requestFollowCaret();
        });
    }

    private void setVisible(boolean visible, boolean withReplace) {
        root.setVisible(visible);
        root.setManaged(visible);
        for (var node : List.of(replacement, replace, replaceAll)) {
            node.setVisible(withReplace);
            node.setManaged(withReplace);
        }
    }
}
