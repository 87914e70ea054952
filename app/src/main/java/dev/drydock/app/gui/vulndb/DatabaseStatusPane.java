package dev.drydock.app.gui.vulndb;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the panel says about the database: its file, contents and last update; a warning when it is
 * too old; or, when there is no usable database, why and what to do (with "Rebuild" when that helps).
 */
final class DatabaseStatusPane {

    private final VBox root = new VBox(10);

    DatabaseStatusPane(VulnerabilityDatabaseViewModel model, Runnable rebuild) {
        root.getStyleClass().add("db-status");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("db-facts");
        fact(facts, 0, "Database file", "db-location", model.locationProperty());
        fact(facts, 1, "Contents", "db-contents", model.contentsProperty());
        fact(facts, 2, "Last update", "db-last-updated", model.lastUpdatedProperty());

        Label warning = new Label();
        warning.setId("db-age-warning");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.setGraphic(Glyphs.of(Glyph.WARNING));
        warning.getStyleClass().add("db-age-warning");
        warning.textProperty().bind(model.ageWarningProperty());
        showWhile(warning, Bindings.isNotEmpty(model.ageWarningProperty()));

        root.getChildren().addAll(facts, warning, problemBox(model, rebuild));
    }

    Node node() {
        return root;
    }

    private static void fact(GridPane grid, int row, String name, String id, ObservableStringValue value) {
        Label label = new Label(name);
        label.getStyleClass().add("db-fact-name");
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add("db-fact-value");
        text.textProperty().bind(Bindings.createStringBinding(() -> value.get().isEmpty() ? "—" : value.get(), value));
        grid.addRow(row, label, text);
    }

    private static Node problemBox(VulnerabilityDatabaseViewModel model, Runnable rebuild) {
        Label title = new Label();
        title.setId("db-problem-title");
        title.getStyleClass().add("banner-title");
        Label message = new Label();
        message.setId("db-problem-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("banner-message");
        Label advice = new Label();
        advice.setId("db-problem-advice");
        advice.setWrapText(true);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        advice.getStyleClass().add("banner-advice");
        Button rebuildButton = new Button("Rebuild", Glyphs.of(Glyph.DOWNLOAD_UPDATE));
        rebuildButton.setId("db-rebuild");
        rebuildButton.getStyleClass().add("accent");
        rebuildButton.setOnAction(event -> rebuild.run());
        rebuildButton.disableProperty().bind(model.workingProperty());
        showWhile(rebuildButton, model.rebuildOfferedProperty());

        VBox box = new VBox(6, new HBox(8, Glyphs.of(Glyph.INFO), title), message, advice, rebuildButton);
        box.setId("db-problem");
        box.getStyleClass().add("db-problem");
        showWhile(box, model.problemProperty().isNotNull());
        model.problemProperty().addListener((obs, old, now) -> show(now, title, message, advice));
        show(model.problemProperty().get(), title, message, advice);
        model.stateProperty().addListener((obs, old, now) -> markUnusable(box, now));
        markUnusable(box, model.stateProperty().get());
        return box;
    }

    private static void show(UserMessage problem, Label title, Label message, Label advice) {
        title.setText(problem == null ? "" : problem.title());
        message.setText(problem == null ? "" : problem.message());
        advice.setText(problem == null ? "" : problem.advice());
    }

    /** A missing database is a fact to explain; an unusable one is an error and looks like one. */
    private static void markUnusable(Node box, DatabaseState state) {
        box.getStyleClass().remove("db-problem-unusable");
        if (state == DatabaseState.UNUSABLE) {
            box.getStyleClass().add("db-problem-unusable");
        }
    }

    static void showWhile(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
