package dev.drydock.app.gui.export;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.core.task.CancelledException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Asks about each fix that needs review with a dialog showing the finding, the fix and its diff. The
 * hardening runs on a worker thread, which waits here while the dialog is open on the UI thread.
 */
public final class FxFixConfirmer implements FixConfirmer {

    private final Supplier<Window> owner;

    public FxFixConfirmer(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(FixToConfirm fix) {
        if (Platform.isFxApplicationThread()) {
            return ask(fix);
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(fix));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the confirmation dialog failed", e.getCause());
        }
    }

    private boolean ask(FixToConfirm fix) {
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType("Skip", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, apply, skip);
        alert.setTitle("Fix that needs review");
        alert.setHeaderText(fix.fixTitle() + "\n" + fix.finding().ruleId() + ": " + fix.finding().message());
        TextArea diff = new TextArea(fix.diff());
        diff.setEditable(false);
        diff.getStyleClass().add("export-diff");
        diff.setPrefRowCount(14);
        diff.setPrefColumnCount(90);
        alert.getDialogPane().setContent(diff);
        alert.getDialogPane().setId("export-confirm-fix");
        alert.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert.showAndWait().filter(apply::equals).isPresent();
    }
}
