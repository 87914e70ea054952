package dev.drydock.app.gui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import java.util.function.Supplier;

/** Asks and tells the user with dialogs over the main window. */
public final class FxPrompts implements UserPrompts {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        ButtonType yes = new ButtonType(confirmation.action(), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, confirmation.details(), yes, no);
        alert.setTitle(confirmation.title());
        alert.setHeaderText(confirmation.question());
        prepare(alert);
        // Enter must not destroy things: the safe answer is the default.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(UserMessage message) {
        String body = message.advice().isEmpty() ? message.message() : message.message() + "\n\n" + message.advice();
        Alert alert = new Alert(Alert.AlertType.ERROR, body, ButtonType.OK);
        alert.setTitle(message.title());
        alert.setHeaderText(message.title());
        prepare(alert);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Shows a notice that needs no answer. */
    public void inform(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(header);
        prepare(alert);
        alert.showAndWait();
    }

    private void prepare(Alert alert) {
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().getStyleClass().add("drydock-dialog");
        alert.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
    }
}
