package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Predicate;

/**
 * The Secrets tab: each credential found, where, and its masked evidence. A secret in a file can be
 * revealed on explicit request ({@link SecretReveals}): its line is read again from its layer and
 * shown in its row while the row stays selected, until "Hide".
 */
final class SecretsTable {

    static final String NOTE = "Values are masked. Drydock never keeps a secret in clear text — not in the scan results, "
            + "the layer cache or exports. \"Reveal\" reads a secret's line again from the image and shows it here only "
            + "while its row stays selected. Revoke what you find: anyone who pulls the image can read it, even when a "
            + "later layer deleted the file.";

    private final VBox root = new VBox(6);
    private final SecretReveals reveals;
    private final Predicate<String> confirm;

    /** {@code confirm} asks the user (once) whether a secret may be shown on screen. */
    SecretsTable(ObservableList<SecretRow> secrets, SecretReveals reveals, Predicate<String> confirm) {
        this.reveals = reveals;
        this.confirm = confirm;
        root.setId("scan-secrets");
        root.getStyleClass().add("scan-tab-content");
        Label note = new Label(NOTE);
        note.setId("scan-secrets-note");
        note.setWrapText(true);
        note.getStyleClass().add("scan-note");
        TableView<SecretRow> table = new TableView<>();
        table.setId("scan-secrets-table");
        table.setItems(secrets);
        table.setPlaceholder(new Label("No secrets found."));
        table.getColumns().addAll(List.of(
                Columns.text("Kind", 170, SecretRow::kind),
                Columns.text("Where", 260, SecretRow::where),
                Columns.text("Layer", 60, SecretRow::layerText),
                valueColumn(),
                revealColumn(),
                Columns.text("Note", 200, row -> row.hidden() ? "deleted by a later layer, still shipped"
                        : row.inherited() ? "inherited from base image" : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SecretRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ScanStyles.DELETED, !empty && row != null && row.hidden());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> reveals.selectedProperty().set(now));
        reveals.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        reveals.shownProperty().addListener((obs, old, now) -> table.refresh());
        reveals.revealingProperty().addListener((obs, old, now) -> table.refresh());
        Label problem = new Label();
        problem.setId("scan-secrets-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("scan-note");
        problem.textProperty().bind(Bindings.createStringBinding(() -> reveals.problemProperty().get() == null ? ""
                : reveals.problemProperty().get().message() + " " + reveals.problemProperty().get().advice(),
                reveals.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(note, problem, table);
    }

    /** The masked evidence, or the clear line while it is revealed. */
    private TableColumn<SecretRow, String> valueColumn() {
        TableColumn<SecretRow, String> column = Columns.text("Masked evidence", 300, row -> {
            String clear = reveals.clearTextOf(row);
            return clear != null ? clear : row.maskedEvidence();
        });
        column.setId("scan-secrets-value");
        return column;
    }

    /** "Reveal" for a secret in a file, "Hide" while it is shown, "Cancel" while it is being read. */
    private TableColumn<SecretRow, SecretRow> revealColumn() {
        TableColumn<SecretRow, SecretRow> column = new TableColumn<>("");
        column.setPrefWidth(90);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button();

            {
                button.getStyleClass().add("scan-secret-reveal");
                button.setOnAction(event -> press(getItem()));
            }

            @Override
            protected void updateItem(SecretRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || !SecretReveals.canReveal(row)) {
                    setGraphic(null);
                    return;
                }
                boolean busy = reveals.revealingProperty().get() && reveals.selectedProperty().get() == row;
                button.setText(busy ? "Cancel" : reveals.clearTextOf(row) != null ? "Hide" : "Reveal");
                button.setDisable(reveals.revealingProperty().get() && !busy);
                setGraphic(new HBox(button));
            }
        });
        return column;
    }

    private void press(SecretRow row) {
        if (reveals.revealingProperty().get()) {
            reveals.cancel();
        } else if (reveals.clearTextOf(row) != null) {
            reveals.hide();
        } else {
            if (reveals.needsConfirmation()) {
                if (!confirm.test(SecretReveals.CONFIRMATION)) {
                    return;
                }
                reveals.confirm();
            }
            reveals.reveal(row);
        }
    }

    /** The confirmation dialog of a window: OK to show the secret. */
    static Predicate<String> askInDialog() {
        return text -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            alert.setTitle("Reveal secret");
            alert.setHeaderText("Show this secret in clear text?");
            return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        };
    }

    Node node() {
        return root;
    }
}
