package dev.drydock.app.gui.images;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.app.gui.common.DetailsPane;
import dev.drydock.app.gui.common.TablePage;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The Images page: the live table, removing images and the selected image's details. */
public final class ImagesView {

    private final TablePage<ImageSummary> page;

    /** @param chooseDockerfile asks for a Dockerfile to link to the selected image; empty when cancelled */
    public ImagesView(ImagesViewModel model, Supplier<Optional<Path>> chooseDockerfile) {
        DetailsPane<ImageDetails> details = new DetailsPane<>("Select an image to see its details.", model.details(),
                image -> ImageSheet.of(image, model.history(), model::loadHistory), ImageDetails::rawJson);
        page = new TablePage<>("Images", "No images", model.rows(), model::select, details);
        page.setId("images-page");
        page.table().setId("images-table");
        TableColumn<ImageSummary, java.time.Instant> created = Columns.time("Created", 140, ImageSummary::created);
        page.table().getColumns().addAll(List.of(
                Columns.text("Tags", 260, ImageRows::tags),
                Columns.text("ID", 110, ImageSummary::shortId),
                Columns.size("Size", 90, ImageSummary::sizeBytes),
                created,
                Columns.formatted("Containers", 90, image -> image.containers(), count -> count < 0 ? "" : count.toString(),
                        "number-cell")));
        created.setSortType(TableColumn.SortType.DESCENDING);
        page.table().getSortOrder().add(created);
        page.action("Scan", Glyphs.of(Glyph.SCAN), "image-scan", model.selectedProperty().isNotNull(), model::scanSelected);
        page.action("Remove", Glyphs.of(Glyph.REMOVE), "image-remove", model.canRemoveProperty(), model::remove)
                .getStyleClass().add("danger");
        page.action("Open Dockerfile", Glyphs.of(Glyph.DOCKERFILES), "image-open-dockerfile",
                model.selectedDockerfileProperty().isNotNull(), model::openDockerfile);
        page.action("Link Dockerfile…", null, "image-link-dockerfile", model.selectedProperty().isNotNull(),
                () -> chooseDockerfile.get().ifPresent(model::linkDockerfile));
        MenuItem remove = new MenuItem("Remove…", Glyphs.of(Glyph.REMOVE));
        remove.disableProperty().bind(model.canRemoveProperty().not());
        remove.setOnAction(event -> model.remove());
        MenuItem scan = new MenuItem("Scan", Glyphs.of(Glyph.SCAN));
        scan.disableProperty().bind(model.selectedProperty().isNull());
        scan.setOnAction(event -> model.scanSelected());
        page.contextMenu(new ContextMenu(scan, remove));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && page.table().getSelectionModel().getSelectedItem() != now) {
                page.table().getSelectionModel().select(now);
            }
        });
    }

    public TablePage<ImageSummary> node() {
        return page;
    }
}
