package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.findings.RuleDocument.Block;
import dev.drydock.app.gui.findings.RuleDocument.CodeBlock;
import dev.drydock.app.gui.findings.RuleDocument.Heading;
import dev.drydock.app.gui.findings.RuleDocument.ItemList;
import dev.drydock.app.gui.findings.RuleDocument.Paragraph;
import dev.drydock.app.gui.findings.RuleDocument.Span;
import dev.drydock.app.gui.findings.RuleDocument.Table;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.Locale;

/** Draws a {@link RuleDocument}: wrapped text flows for prose, monospaced blocks for code. Styled by findings.css. */
public final class RuleDocumentView {

    private RuleDocumentView() {
    }

    public static VBox render(RuleDocument document) {
        VBox box = new VBox(8);
        box.getStyleClass().add("rule-document");
        for (Block block : document.blocks()) {
            box.getChildren().add(render(block));
        }
        return box;
    }

    private static Node render(Block block) {
        if (block instanceof Heading heading) {
            return flow(heading.spans(), "md-heading", "md-heading-" + heading.level());
        }
        if (block instanceof Paragraph paragraph) {
            return flow(paragraph.spans(), "md-paragraph");
        }
        if (block instanceof ItemList list) {
            return itemList(list);
        }
        if (block instanceof CodeBlock code) {
            Label label = new Label(code.code());
            label.getStyleClass().add("md-code-block");
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
            return label;
        }
        return table((Table) block);
    }

    private static Node itemList(ItemList list) {
        VBox box = new VBox(3);
        box.getStyleClass().add("md-list");
        int number = 1;
        for (List<Span> item : list.items()) {
            Label marker = new Label(list.numbered() ? number++ + "." : "•");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow text = flow(item, "md-list-item");
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().add(new HBox(6, marker, text));
        }
        return box;
    }

    private static Node table(Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        for (int rowIndex = 0; rowIndex < table.rows().size(); rowIndex++) {
            List<List<Span>> row = table.rows().get(rowIndex);
            for (int column = 0; column < row.size(); column++) {
                TextFlow cell = flow(row.get(column), rowIndex == 0 ? "md-table-header" : "md-table-cell");
                grid.add(cell, column, rowIndex);
            }
        }
        return grid;
    }

    private static TextFlow flow(List<Span> spans, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClasses);
        for (Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().addAll("md-text", "md-" + span.style().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(text);
        }
        return flow;
    }
}
