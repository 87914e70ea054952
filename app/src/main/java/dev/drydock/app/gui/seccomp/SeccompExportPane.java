package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.export.SeccompExportFormat;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The Export tab: JSON file, docker run, Compose or Kubernetes; the text to copy or save. */
final class SeccompExportPane {

    private final VBox root = new VBox(8);

    SeccompExportPane(SeccompExportModel model) {
        root.setPadding(new Insets(10));
        root.setId("seccomp-export");
        ToggleGroup formats = new ToggleGroup();
        HBox formatBar = new HBox(4);
        for (SeccompExportFormat format : SeccompExportFormat.values()) {
            ToggleButton button = new ToggleButton(format.title());
            button.setId("seccomp-export-" + format.id().toLowerCase(Locale.ROOT));
            button.setToggleGroup(formats);
            button.setUserData(format);
            button.setSelected(model.formatProperty().get() == format);
            button.setOnAction(event -> {
                model.formatProperty().set(format);
                button.setSelected(true);
            });
            formatBar.getChildren().add(button);
        }
        model.formatProperty().addListener((obs, old, now) -> formats.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(toggle -> toggle.setSelected(true)));

        TextField name = new TextField();
        name.setId("seccomp-export-name");
        name.textProperty().bindBidirectional(model.profileNameProperty());
        name.setPrefColumnCount(18);
        Label nameLabel = new Label("Profile name");
        nameLabel.setLabelFor(name);
        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setStyle("-fx-alignment: center-left;");

        Label problem = new Label();
        problem.setId("seccomp-export-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TextArea text = new TextArea();
        text.setId("seccomp-export-text");
        text.getStyleClass().add("seccomp-code");
        text.setEditable(false);
        text.textProperty().bind(model.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);

        Button copy = new Button("Copy", Glyphs.of(Glyph.EXPORT));
        copy.setId("seccomp-export-copy");
        copy.disableProperty().bind(model.textProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…", Glyphs.of(Glyph.SAVE));
        save.setId("seccomp-export-save");
        save.disableProperty().bind(model.textProperty().isEmpty());
        save.setOnAction(event -> model.save());
        root.getChildren().addAll(formatBar, nameRow, problem, text, new HBox(6, copy, save));
    }

    Node node() {
        return root;
    }
}
