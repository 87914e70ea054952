package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.core.settings.RecoveredBuffer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/** The Dockerfile workspace's questions as dialogs over the main window. */
public final class FxDocumentPrompts implements DocumentPrompts {

    private final Supplier<Window> owner;
    private final FxPrompts prompts;

    public FxDocumentPrompts(Supplier<Window> owner, FxPrompts prompts) {
        this.owner = owner;
        this.prompts = prompts;
    }

    @Override
    public UnsavedChanges askUnsavedChanges(DockerfileDocument document) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + document.displayNameProperty().get() + " before closing?",
                "If you don't save, your changes are lost.", save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChanges.SAVE : answer == discard ? UnsavedChanges.DISCARD : UnsavedChanges.CANCEL;
    }

    @Override
    public ExternalChange askExternalChange(DockerfileDocument document) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.WARNING, "File changed on disk",
                document.displayNameProperty().get() + " was changed by another program.",
                "Reload it and lose your unsaved changes, or keep your version (saving it will replace the file on disk)?",
                reload, keep);
        return alert.showAndWait().filter(reload::equals).isPresent() ? ExternalChange.RELOAD : ExternalChange.KEEP_MINE;
    }

    @Override
    public Optional<Path> chooseSaveLocation(DockerfileDocument document) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Dockerfile as");
        document.path().ifPresentOrElse(path -> {
            if (path.getParent() != null && path.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(path.getParent().toFile());
            }
            chooser.setInitialFileName(path.getFileName().toString());
        }, () -> chooser.setInitialFileName("Dockerfile"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * "Restore the unsaved Dockerfiles of the last session?" — Restore (the default: nothing is lost by
     * pressing Enter) or Discard.
     */
    public boolean askRestore(List<RecoveredBuffer> buffers) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String names = buffers.stream().map(buffer -> "• " + buffer.file().map(Path::toString).orElse(buffer.displayName()))
                .collect(Collectors.joining("\n"));
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved work",
                buffers.size() == 1 ? "One Dockerfile had unsaved changes when Drydock last stopped."
                        : buffers.size() + " Dockerfiles had unsaved changes when Drydock last stopped.",
                names + "\n\nRestore them into the editor? (Discarding cannot be undone.)", restore, discard);
        return alert.showAndWait().filter(discard::equals).isEmpty();
    }

    @Override
    public void showError(UserMessage message) {
        prompts.showError(message);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.getDialogPane().getStyleClass().add("drydock-dialog");
        alert.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        return alert;
    }
}
