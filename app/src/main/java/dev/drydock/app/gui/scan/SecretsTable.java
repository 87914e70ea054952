package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.Columns;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Secrets tab: each credential found, where, and its masked evidence. There is deliberately no
 * "reveal": the scan never keeps a clear secret (not in memory, not in the layer cache), so the
 * note says where to look instead.
 */
final class SecretsTable {

    static final String NO_REVEAL = "Values are masked. Drydock never keeps a secret in clear text — not in the scan "
            + "results, the layer cache or exports — so it cannot show one. To see a value, look at the file in the image "
            + "(for example: docker run --rm --entrypoint cat IMAGE /path). Then revoke it: anyone who pulls the image can "
            + "read it, even when a later layer deleted the file.";

    private final VBox root = new VBox(6);

    SecretsTable(ObservableList<SecretRow> secrets) {
        root.setId("scan-secrets");
        root.getStyleClass().add("scan-tab-content");
        Label note = new Label(NO_REVEAL);
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
                Columns.text("Masked evidence", 300, SecretRow::maskedEvidence),
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
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(note, table);
    }

    Node node() {
        return root;
    }
}
