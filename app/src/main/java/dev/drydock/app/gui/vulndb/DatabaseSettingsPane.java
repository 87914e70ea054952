package dev.drydock.app.gui.vulndb;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The database's settings on its page: "Warn when older than N days", "Download from", Save and Revert. */
final class DatabaseSettingsPane {

    private final VBox root = new VBox(6);

    DatabaseSettingsPane(DatabaseSettingsViewModel model) {
        root.setId("db-settings");
        Label title = new Label("Settings");
        title.getStyleClass().add("db-section-title");
        TextField days = new TextField();
        days.setId("db-settings-max-age");
        days.setPrefColumnCount(4);
        days.textProperty().bindBidirectional(model.maxAgeDaysProperty());
        TextField address = new TextField();
        address.setId("db-settings-base-url");
        address.setPrefColumnCount(36);
        address.textProperty().bindBidirectional(model.baseUrlProperty());
        address.setOnAction(event -> model.save());
        days.setOnAction(event -> model.save());
        HBox.setHgrow(address, Priority.ALWAYS);
        Button save = new Button("Save", Glyphs.of(Glyph.SAVE));
        save.setId("db-settings-save");
        save.setOnAction(event -> model.save());
        Button revert = new Button("Revert");
        revert.setId("db-settings-revert");
        revert.setOnAction(event -> model.revert());
        HBox row = new HBox(8, fixed(new Label("Warn when older than")), days, fixed(new Label("days.   Download updates from")),
                address, fixed(save), fixed(revert));
        row.setAlignment(Pos.CENTER_LEFT);
        address.setMinWidth(160);
        Label problem = message("db-settings-problem", "");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("db-settings-problem");
        DatabaseStatusPane.showWhile(problem, Bindings.isNotEmpty(model.problemProperty()));
        Label saved = message("db-settings-saved", "");
        saved.textProperty().bind(model.savedProperty());
        DatabaseStatusPane.showWhile(saved, Bindings.isNotEmpty(model.savedProperty()));
        root.getChildren().addAll(title, row, problem, saved);
    }

    Node node() {
        return root;
    }

    /** Keeps its whole text: the address field gives way instead. */
    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static Label message(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
