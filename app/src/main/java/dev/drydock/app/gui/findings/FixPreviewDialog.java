package dev.drydock.app.gui.findings;

import dev.drydock.app.gui.common.Stylesheet;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Shows what a change would do before it is made: side by side (old | new) by default, or as a
 * unified diff ({@link FixPreviewView}); Apply or Cancel. Its result is true only for Apply. Used for
 * one fix and for a whole new text (the export of a hardened Dockerfile).
 */
public final class FixPreviewDialog extends Dialog<Boolean> {

    private final ButtonType apply;

    /**
     * @param applyText the text of the button that makes the change ("Apply fix", "Export")
     */
    public FixPreviewDialog(FixPreview preview, String applyText) {
        apply = new ButtonType(applyText, ButtonBar.ButtonData.OK_DONE);
        setTitle("Preview: " + preview.title());
        setHeaderText(preview.title());
        setResizable(true);
        getDialogPane().getStyleClass().addAll("drydock-dialog", "fix-preview");
        getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        FixPreviewView view = new FixPreviewView("fix-preview");
        view.show(preview);
        getDialogPane().setContent(view.node());
        getDialogPane().setPrefSize(960, 560);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("fix-preview-apply");
        applyButton.setDisable(!preview.hasChanges());
        setResultConverter(button -> button == apply);
    }

    /** Shows the preview over {@code owner} and waits; true when the user chose to apply. */
    public static boolean confirm(Window owner, FixPreview preview, String applyText) {
        FixPreviewDialog dialog = new FixPreviewDialog(preview, applyText);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().orElse(false);
    }
}
