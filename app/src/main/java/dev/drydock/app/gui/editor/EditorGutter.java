package dev.drydock.app.gui.editor;

import dev.drydock.core.findings.Severity;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;

import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The gutter left of each line: its number, the icon of the most serious finding on it, and a
 * light-bulb when fixes exist (a click on it opens the quick-fix menu for that line).
 */
final class EditorGutter {

    private final CodeArea area;
    private final IntConsumer openQuickFixes;
    private Map<Integer, GutterMark> marks = Map.of();

    EditorGutter(CodeArea area, IntConsumer openQuickFixes) {
        this.area = area;
        this.openQuickFixes = openQuickFixes;
        area.setParagraphGraphicFactory(this::graphic);
    }

    /** Shows new marks; the visible lines are redrawn only when the marks changed. */
    void show(Map<Integer, GutterMark> newMarks) {
        if (newMarks.equals(marks)) {
            return;
        }
        marks = Map.copyOf(newMarks);
        area.setParagraphGraphicFactory(paragraph -> graphic(paragraph));
    }

    Map<Integer, GutterMark> marks() {
        return marks;
    }

    private Node graphic(int paragraph) {
        Label number = new Label(Integer.toString(paragraph + 1));
        number.getStyleClass().add("line-number");
        StackPane severity = new StackPane();
        severity.getStyleClass().add("gutter-severity");
        StackPane bulb = new StackPane();
        bulb.getStyleClass().add("gutter-bulb");
        GutterMark mark = marks.get(paragraph);
        if (mark != null) {
            Node icon = Glyphs.of(glyph(mark.severity()));
            icon.getStyleClass().addAll("gutter-mark", "severity-" + mark.severity().id());
            icon.setUserData(paragraph);
            severity.getChildren().add(icon);
            if (mark.fixable()) {
                Node light = Glyphs.of(Glyph.QUICK_FIX);
                light.getStyleClass().add("gutter-quick-fix");
                light.setUserData(paragraph);
                light.setOnMouseClicked(event -> {
                    event.consume();
                    openQuickFixes.accept(paragraph);
                });
                bulb.getChildren().add(light);
            }
        }
        HBox box = new HBox(number, severity, bulb);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("editor-gutter");
        return box;
    }

    static Glyph glyph(Severity severity) {
        return switch (severity) {
            case ERROR -> Glyph.ERROR;
            case WARNING -> Glyph.WARNING;
            case INFO -> Glyph.INFO;
            case STYLE, NONE -> Glyph.STYLE_HINT;
        };
    }
}
