package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Suppressions…" control of the Vulnerabilities tab: a menu to add ignore files or OpenVEX documents and
 * read them again, what they suppress, the active files (each with Remove), why a chosen file could not be
 * added, and what the files could not do (expired ignore entries).
 */
final class SuppressionsPanel {

    private final VBox root = new VBox();
    private final VBox list = new VBox(2);
    private final SuppressionsViewModel model;

    SuppressionsPanel(SuppressionsViewModel model) {
        this.model = model;
        root.setId("vuln-suppressions-panel");
        root.getStyleClass().add("vuln-suppressions");
        MenuItem add = new MenuItem("Add ignore files or OpenVEX documents…");
        add.setId("vuln-suppressions-add");
        add.setOnAction(event -> model.choose());
        add.setDisable(!model.canChoose());
        MenuItem again = new MenuItem("Read the files again");
        again.setId("vuln-suppressions-read-again");
        again.setOnAction(event -> model.readAgain());
        MenuButton menu = new MenuButton("Suppressions…", Glyphs.of(Glyph.SETTINGS), add, again);
        menu.setId("vuln-suppressions");
        menu.setTooltip(new Tooltip("Hide vulnerabilities you have judged: ids in an ignore file (.trivyignore format, "
                + "optional exp:YYYY-MM-DD) or not_affected / fixed statements of OpenVEX documents. "
                + "They apply to every scan and are remembered."));
        Label summary = wrapped("vuln-suppressions-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(8, menu, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setId("vuln-suppression-files");
        Label problem = wrapped("vuln-suppressions-problem");
        problem.textProperty().bind(model.problemProperty());
        showWhileText(problem);
        Label notes = wrapped("vuln-suppressions-notes");
        notes.textProperty().bind(model.notesProperty());
        showWhileText(notes);
        root.getChildren().addAll(bar, list, problem, notes);
        model.files().addListener((ListChangeListener<SuppressionFile>) change -> showFiles());
        showFiles();
    }

    Node node() {
        return root;
    }

    private void showFiles() {
        list.getChildren().clear();
        for (SuppressionFile file : model.files()) {
            Label path = new Label(file.path().toString());
            path.getStyleClass().add("vuln-suppression-path");
            Label kind = new Label(file.usable() ? file.kind() : file.problem());
            kind.setWrapText(true);
            kind.getStyleClass().add(file.usable() ? "vuln-suppression-kind" : "vuln-suppressions-problem");
            HBox.setHgrow(kind, Priority.ALWAYS);
            Button remove = new Button("Remove", Glyphs.of(Glyph.REMOVE));
            remove.getStyleClass().add("vuln-suppression-remove");
            remove.setTooltip(new Tooltip("Stop applying " + file.path().getFileName() + " to every scan"));
            remove.setOnAction(event -> model.remove(file));
            HBox row = new HBox(8, remove, path, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("vuln-suppression-file");
            list.getChildren().add(row);
        }
        boolean any = !model.files().isEmpty();
        list.setVisible(any);
        list.setManaged(any);
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showWhileText(Label label) {
        var shown = label.textProperty().isNotEmpty();
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
    }
}
