package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The profile editor's questions as dialogs and file choosers over the main window. */
public final class FxSeccompPrompts implements SeccompPrompts {

    private final Supplier<Window> owner;
    private final FxPrompts prompts;
    private File lastFolder;

    public FxSeccompPrompts(Supplier<Window> owner, FxPrompts prompts) {
        this.owner = owner;
        this.prompts = prompts;
    }

    @Override
    public UnsavedChanges askUnsavedChanges(String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "If you don't save, your changes are lost.",
                save, discard, cancel);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to the seccomp profile " + name + " first?");
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChanges.SAVE : answer == discard ? UnsavedChanges.DISCARD : UnsavedChanges.CANCEL;
    }

    @Override
    public Optional<Path> chooseProfileToOpen(String title) {
        FileChooser chooser = chooser(title);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSaveLocation(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        if (!suggestedName.endsWith(".json")) {
            chooser.getExtensionFilters().remove(0); // an export (YAML, shell): no profile filter
        }
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public void showError(UserMessage message) {
        prompts.showError(message);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Seccomp profiles (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
