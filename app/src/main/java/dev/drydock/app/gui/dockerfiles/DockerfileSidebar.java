package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.core.samples.SampleDockerfile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/** The page's own navigation: the open Dockerfiles, the recent ones, and the bundled samples. */
final class DockerfileSidebar {

    private final VBox root = new VBox(6);

    DockerfileSidebar(DockerfilesViewModel model) {
        root.getStyleClass().add("dockerfile-sidebar");
        root.setId("dockerfile-sidebar");
        root.setPrefWidth(190);
        root.setMinWidth(150);

        ListView<DockerfileDocument> open = new ListView<>(model.workspace().documents());
        open.setId("open-dockerfiles");
        open.setPlaceholder(new Label("None open"));
        open.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DockerfileDocument document, boolean empty) {
                super.updateItem(document, empty);
                textProperty().unbind();
                if (empty || document == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    textProperty().bind(document.titleProperty());
                    setTooltip(new Tooltip(document.path().map(Path::toString).orElse("Not saved yet")));
                }
            }
        });
        model.workspace().selectedProperty().addListener((obs, old, now) -> open.getSelectionModel().select(now));
        open.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.workspace().select(now);
            }
        });

        ListView<Path> recent = new ListView<>(model.workspace().recentFiles());
        recent.setId("recent-dockerfiles");
        recent.setPlaceholder(new Label("Nothing yet"));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : label(path));
                setTooltip(empty || path == null ? null : new Tooltip(path.toString()));
            }
        });
        recent.setOnMouseClicked(event -> {
            Path chosen = recent.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getButton() == MouseButton.PRIMARY) {
                model.workspace().open(chosen);
            }
        });

        ListView<SampleDockerfile> samples = new ListView<>(javafx.collections.FXCollections.observableArrayList(model.samples()));
        samples.setId("sample-dockerfiles");
        samples.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SampleDockerfile sample, boolean empty) {
                super.updateItem(sample, empty);
                setText(empty || sample == null ? null : sample.title());
                setTooltip(empty || sample == null ? null : wrapped(sample.description()));
            }
        });
        samples.setOnMouseClicked(event -> {
            SampleDockerfile chosen = samples.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getButton() == MouseButton.PRIMARY) {
                model.openSample(chosen);
                samples.getSelectionModel().clearSelection();
            }
        });

        VBox.setVgrow(open, Priority.ALWAYS);
        recent.setPrefHeight(110);
        recent.setMinHeight(64);
        samples.setPrefHeight(140);
        samples.setMinHeight(120);
        root.getChildren().addAll(heading("Open"), open, heading("Recent"), recent, heading("Samples"), samples);
    }

    Node node() {
        return root;
    }

    /** The file name and its folder's name, enough to tell two Dockerfiles apart. */
    static String label(Path path) {
        Path parent = path.getParent();
        Path name = path.getFileName();
        return parent == null || parent.getFileName() == null ? String.valueOf(name)
                : name + " — " + parent.getFileName();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sidebar-heading");
        return label;
    }

    private static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }
}
