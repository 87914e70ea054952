package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Columns;
import dev.drydock.app.gui.findings.RuleExplanationPane;
import dev.drydock.app.gui.findings.RuleExplanationViewModel;
import dev.drydock.app.gui.findings.SeverityIcons;
import dev.drydock.core.findings.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Findings tab: a toggle per severity with its count, "hide inherited from base image", a
 * search and the count shown; the table (severity, rule, message, layer, path, evidence); the
 * selected finding's rule explained beside it.
 */
final class ImageFindingsPane {

    private final SplitPane root = new SplitPane();

    /** @param chooseDockerfile asks for the Dockerfile the image was built from; empty when cancelled */
    ImageFindingsPane(ImageFindingsViewModel model, RuleExplanationViewModel explanation, ScanDockerfile dockerfile,
                      Supplier<Optional<Path>> chooseDockerfile) {
        root.setId("scan-findings");
        VBox left = new VBox(6, header(model), dockerfileBar(dockerfile, chooseDockerfile), table(model, dockerfile));
        left.getStyleClass().add("scan-tab-content");
        VBox.setVgrow(left.getChildren().get(2), Priority.ALWAYS);
        root.getItems().addAll(left, new RuleExplanationPane(explanation).node());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.72);
    }

    Node node() {
        return root;
    }

    private static VBox header(ImageFindingsViewModel model) {
        HBox toggles = new HBox(4);
        toggles.getStyleClass().add("severity-toggles");
        for (Severity severity : ImageFindingsViewModel.SEVERITIES) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("scan-findings-toggle-" + severity.id());
            toggle.getStyleClass().addAll("severity-toggle", SeverityIcons.styleClass(severity));
            toggle.setGraphic(SeverityIcons.of(severity));
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.setTooltip(new Tooltip("Show or hide " + severity.id() + " findings"));
            toggle.setSelected(model.isSeverityShown(severity));
            toggle.selectedProperty().addListener((obs, old, shown) -> model.setSeverityShown(severity, shown));
            toggle.textProperty().bind(model.countsProperty().map(counts -> SeverityIcons.count(counts.get(severity), severity)));
            toggles.getChildren().add(toggle);
        }
        CheckBox inherited = new CheckBox("Hide inherited from base image");
        inherited.setId("scan-findings-hide-inherited");
        inherited.selectedProperty().bindBidirectional(model.hideInheritedProperty());
        TextField search = TextFields.createClearableTextField();
        search.setId("scan-findings-search");
        search.getStyleClass().add("search-field");
        search.setPromptText("Filter by rule, message or path…");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        Label count = new Label();
        count.setId("scan-findings-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox counts = new HBox(8, toggles, spacer, count);
        counts.getStyleClass().add("scan-toolbar");
        HBox filters = new HBox(12, search, inherited);
        filters.getStyleClass().add("scan-toolbar");
        return new VBox(2, counts, filters);
    }

    /** "Link Dockerfile…" and what the link gives. */
    private static HBox dockerfileBar(ScanDockerfile dockerfile, Supplier<Optional<Path>> chooseDockerfile) {
        Button link = new Button("Link Dockerfile…");
        link.setId("scan-findings-link-dockerfile");
        link.setTooltip(new Tooltip("Trace each finding to the Dockerfile instruction that made its layer"));
        link.setOnAction(event -> chooseDockerfile.get().ifPresent(dockerfile.pathProperty()::set));
        Label status = new Label();
        status.setId("scan-findings-dockerfile-status");
        status.getStyleClass().add("scan-note");
        status.textProperty().bind(dockerfile.status());
        HBox bar = new HBox(8, link, status);
        bar.getStyleClass().add("scan-toolbar");
        return bar;
    }

    private static TableView<ImageFindingRow> table(ImageFindingsViewModel model, ScanDockerfile dockerfile) {
        TableView<ImageFindingRow> table = new TableView<>();
        table.setId("scan-findings-table");
        table.setItems(model.rows());
        model.tableComparatorProperty().bind(table.comparatorProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholder());
        table.setPlaceholder(placeholder);
        TableColumn<ImageFindingRow, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().severity()));
        severity.setPrefWidth(34);
        severity.setMaxWidth(34);
        severity.setMinWidth(34);
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : SeverityIcons.of(item));
                setTooltip(empty || item == null ? null : new Tooltip(item.id()));
            }
        });
        TableColumn<ImageFindingRow, String> message = Columns.text("Message", 420, ImageFindingRow::message);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().addAll(List.of(severity,
                minimum(Columns.text("Rule", 80, ImageFindingRow::ruleId), 76),
                message,
                minimum(Columns.formatted("Layer", 66, ImageFindingRow::layer, layer -> layer == 0 ? "config" : layer.toString(),
                        "number-cell"), 62),
                Columns.text("Path", 150, ImageFindingRow::path),
                dockerfileColumn(dockerfile),
                Columns.text("Evidence", 150, ImageFindingRow::evidence)));
        dockerfile.attributionProperty().addListener((obs, old, now) -> table.refresh());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ImageFindingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ScanStyles.INHERITED, !empty && row != null && row.inherited());
            }

            {
                setOnMouseClicked(event -> {
                    if (event.getClickCount() == 2 && !isEmpty()) {
                        dockerfile.open(getItem());
                    }
                });
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        return table;
    }

    /** {@code Dockerfile:12}: the instruction that made the finding's layer; shown only when a Dockerfile is linked. */
    private static TableColumn<ImageFindingRow, String> dockerfileColumn(ScanDockerfile dockerfile) {
        TableColumn<ImageFindingRow, String> column = Columns.text("Dockerfile", 110, dockerfile::textOf);
        column.setId("scan-findings-dockerfile");
        column.visibleProperty().bind(dockerfile.attributionProperty().isNotNull());
        return column;
    }

    private static <S, T> TableColumn<S, T> minimum(TableColumn<S, T> column, double width) {
        column.setMinWidth(width);
        return column;
    }
}
