package dev.drydock.app.gui.common;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable details sheet: titled sections of "label: value" rows. Values that weaken isolation
 * can be marked, and then stand out.
 */
public final class DetailSheet {

    /** Sections flow side by side when the pane is wide enough. */
    static final double SECTION_WIDTH = 430;

    private final FlowPane root = new FlowPane();
    private VBox current;
    private GridPane section;
    private int row;

    public DetailSheet() {
        root.getStyleClass().add("detail-sheet");
    }

    public DetailSheet section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("detail-section-title");
        section = new GridPane();
        section.getStyleClass().add("detail-section");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        section.getColumnConstraints().addAll(labels, values);
        row = 0;
        current = new VBox(heading, section);
        current.getStyleClass().add("detail-block");
        current.setPrefWidth(SECTION_WIDTH);
        root.getChildren().add(current);
        return this;
    }

    public DetailSheet row(String label, String value) {
        return row(label, value, false);
    }

    /** @param risky marks a value that weakens the container's isolation */
    public DetailSheet row(String label, String value, boolean risky) {
        Label name = new Label(label);
        name.getStyleClass().add("detail-label");
        Label text = new Label(Formats.orDash(value));
        text.getStyleClass().add("detail-value");
        text.setWrapText(true);
        if (risky) {
            text.getStyleClass().add("risky");
        }
        section.addRow(row++, name, text);
        return this;
    }

    /** A row only when there is something to say (e.g. an exit code of a stopped container). */
    public DetailSheet rowIfAny(String label, String value, boolean risky) {
        return value == null || value.isBlank() ? this : row(label, value, risky);
    }

    /** One value per line; a dash when there are none. */
    public DetailSheet rows(String label, List<String> values) {
        return row(label, String.join("\n", values));
    }

    public DetailSheet map(String label, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((key, value) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(key).append(" = ").append(value);
        });
        return row(label, text.toString());
    }

    /** Adds a node under the current section, e.g. a table. */
    public DetailSheet node(Node extra) {
        current.getChildren().add(extra);
        return this;
    }

    /** Makes the current section as wide as the sheet (for tables). */
    public DetailSheet fullWidth() {
        current.prefWidthProperty().bind(root.widthProperty().subtract(40));
        return this;
    }

    public FlowPane build() {
        return root;
    }
}
