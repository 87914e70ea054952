package dev.drydock.app.gui.editor;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import java.util.function.IntConsumer;

/** A small field under the editor: type a line number, Enter goes there, Escape closes. */
final class GoToLineBar {

    private final HBox root = new HBox(6);
    private final TextField line = new TextField();

    GoToLineBar(IntConsumer goToLine, Runnable close) {
        root.getStyleClass().add("go-to-line-bar");
        line.setId("go-to-line");
        line.setPromptText("Line number");
        line.setPrefColumnCount(8);
        line.setOnAction(event -> {
            String digits = line.getText().strip();
            if (digits.matches("[0-9]{1,9}")) {
                hide();
                goToLine.accept(Integer.parseInt(digits));
            }
        });
        line.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                close.run();
                event.consume();
            }
        });
        root.getChildren().addAll(new Label("Go to line:"), line);
        hide();
    }

    HBox node() {
        return root;
    }

    void show() {
        root.setVisible(true);
        root.setManaged(true);
        line.clear();
        line.requestFocus();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
    }
}
