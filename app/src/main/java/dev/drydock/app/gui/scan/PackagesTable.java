package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.core.image.scan.PackageType;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;

/** The Packages tab: type filter, search and count above the table of packages. */
final class PackagesTable {

    private final VBox root = new VBox(6);

    PackagesTable(PackagesViewModel model) {
        root.setId("scan-packages");
        root.getStyleClass().add("scan-tab-content");
        ComboBox<PackageType> type = new ComboBox<>();
        type.setId("scan-packages-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(PackageType value) {
                return value == null ? "All types" : value.purlType();
            }

            @Override
            public PackageType fromString(String text) {
                return null;
            }
        });
        Runnable choices = () -> {
            PackageType wanted = model.typeProperty().get();
            type.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList((PackageType) null)));
            type.getItems().addAll(model.types());
            type.setValue(wanted);
        };
        model.types().addListener((javafx.collections.ListChangeListener<PackageType>) change -> choices.run());
        choices.run();
        type.valueProperty().addListener((obs, old, now) -> model.typeProperty().set(now));
        model.typeProperty().addListener((obs, old, now) -> type.setValue(now));
        TextField search = TextFields.createClearableTextField();
        search.setId("scan-packages-search");
        search.getStyleClass().add("search-field");
        search.setPromptText("Filter by name, version, purl or path…");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        Label count = new Label();
        count.setId("scan-packages-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, type, search, spacer, count);
        bar.getStyleClass().add("scan-toolbar");

        TableView<PackageRow> table = new TableView<>();
        table.setId("scan-packages-table");
        table.setItems(model.rows());
        model.comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(new Label("No packages found."));
        table.getColumns().addAll(List.of(
                Columns.text("Type", 70, PackageRow::typeName),
                Columns.text("Name", 220, PackageRow::name),
                Columns.text("Version", 150, PackageRow::version),
                Columns.formatted("Layer", 60, PackageRow::layer, Object::toString, "number-cell"),
                Columns.text("Path", 220, row -> row.path() + (row.hidden() ? " (deleted, still shipped)" : "")),
                Columns.text("Package URL", 360, PackageRow::purl)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, table);
    }

    Node node() {
        return root;
    }
}
