package dev.drydock.app.gui.images;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.app.gui.common.DetailSheet;
import dev.drydock.app.gui.common.DetailsLoader;
import dev.drydock.app.gui.common.Formats;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;

/** The readable details sheet of one image, with its build history on demand. */
public final class ImageSheet {

    private ImageSheet() {
    }

    public static Node of(ImageDetails image, DetailsLoader<List<ImageHistoryEntry>> history, Runnable loadHistory) {
        boolean root = image.user() == null || image.user().isEmpty() || image.user().equals("root")
                || image.user().equals("0") || image.user().startsWith("0:");
        DetailSheet sheet = new DetailSheet();
        sheet.section("Image")
                .rows("Tags", image.repoTags())
                .rows("Digests", image.repoDigests())
                .row("ID", image.id())
                .row("Size", Formats.size(image.sizeBytes()))
                .row("Created", Formats.dateTime(image.created()))
                .row("Platform", image.os() + "/" + image.architecture())
                .row("Author", image.author())
                .row("Layers", Integer.toString(image.layers().size()));
        sheet.section("Configuration")
                .row("User", root ? "root" + (image.user() == null || image.user().isEmpty() ? " (no USER set)" : "") : image.user(), root)
                .row("Entrypoint", String.join(" ", image.entrypoint()))
                .row("Command", String.join(" ", image.cmd()))
                .row("Working directory", image.workingDir())
                .rows("Environment", image.env())
                .rows("Exposed ports", image.exposedPorts())
                .rows("Volumes", image.volumes())
                .row("Health check", String.join(" ", image.healthcheck()), image.healthcheck().isEmpty());
        sheet.section("Labels").map("Labels", image.labels());
        sheet.section("Build history").fullWidth().node(historyNode(history, loadHistory));
        return sheet.build();
    }

    private static Node historyNode(DetailsLoader<List<ImageHistoryEntry>> history, Runnable loadHistory) {
        Button show = new Button("Show build history");
        show.setId("image-history-button");
        show.setOnAction(event -> loadHistory.run());
        Label status = new Label();
        status.getStyleClass().add("details-message");
        TableView<ImageHistoryEntry> table = new TableView<>();
        table.setId("image-history-table");
        table.getColumns().addAll(List.of(
                Columns.time("Created", 120, ImageHistoryEntry::created),
                Columns.text("Created by", 320, ImageHistoryEntry::createdBy),
                Columns.size("Size", 80, ImageHistoryEntry::sizeBytes),
                Columns.text("Comment", 100, ImageHistoryEntry::comment)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        VBox box = new VBox(8, show, status, table);
        Runnable refresh = () -> {
            List<ImageHistoryEntry> entries = history.detailsProperty().get();
            boolean loaded = entries != null;
            table.setItems(loaded ? FXCollections.observableArrayList(entries) : FXCollections.emptyObservableList());
            table.setVisible(loaded);
            table.setManaged(loaded);
            show.setVisible(!loaded);
            show.setManaged(!loaded);
            show.setDisable(history.loadingProperty().get());
            status.setText(history.loadingProperty().get() ? "Loading…" : history.problemProperty().get());
        };
        history.detailsProperty().addListener((obs, old, now) -> refresh.run());
        history.loadingProperty().addListener((obs, old, now) -> refresh.run());
        history.problemProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        return box;
    }
}
