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
import org.reactfx.value.Val;
import org.reactfx.value.Var;

import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The gutter left of each line: its number, the icon of the most serious finding on it, and a
 * light-bulb when fixes exist (a click on it opens the quick-fix menu for that line). Each line's
 * graphic is made once and, while it is on screen, follows the marks: new findings change the icons
 * of the lines whose mark changed, instead of rebuilding the gutter of every visible line.
 */
final class EditorGutter {

    private final CodeArea area;
    private final IntConsumer openQuickFixes;
    private final Var<Map<Integer, GutterMark>> shown = Var.newSimpleVar(Map.of());

    EditorGutter(CodeArea area, IntConsumer openQuickFixes) {
        this.area = area;
        this.openQuickFixes = openQuickFixes;
        area.setParagraphGraphicFactory(this::graphic);
    }

    /** Shows new marks; the visible lines whose mark changed are redrawn. */
    void show(Map<Integer, GutterMark> newMarks) {
        if (!newMarks.equals(shown.getValue())) {
            shown.setValue(Map.copyOf(newMarks));
        }
    }

    Map<Integer, GutterMark> marks() {
        return shown.getValue();
    }

    private Node graphic(int paragraph) {
        Label number = new Label(Integer.toString(paragraph + 1));
        number.getStyleClass().add("line-number");
        StackPane severity = new StackPane();
        severity.getStyleClass().add("gutter-severity");
        StackPane bulb = new StackPane();
        bulb.getStyleClass().add("gutter-bulb");
        HBox box = new HBox(number, severity, bulb);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("editor-gutter");
        GutterMark[] drawn = {marks().get(paragraph)};
        showMark(paragraph, drawn[0], severity, bulb);
        // Observed only while the line is on screen, so graphics of lines scrolled away are not kept alive.
        Val<GutterMark> mark = shown.map(marks -> marks.get(paragraph)).conditionOnShowing(box);
        mark.observeInvalidations(invalid -> {
            GutterMark now = mark.getValue();
            if (!Objects.equals(now, drawn[0])) {
                drawn[0] = now;
                showMark(paragraph, now, severity, bulb);
            }
        });
        return box;
    }

    private void showMark(int paragraph, GutterMark mark, StackPane severity, StackPane bulb) {
        severity.getChildren().clear();
        bulb.getChildren().clear();
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
