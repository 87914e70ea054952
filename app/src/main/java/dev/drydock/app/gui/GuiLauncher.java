package dev.drydock.app.gui;

import javafx.application.Application;

/** Starts the JavaFX workbench. The only entry from the launcher into JavaFX code. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    /** Opens the window and returns when it is closed. */
    public static void launch(String[] args) {
        Application.launch(DrydockApp.class, args);
    }

    /** For running the GUI straight from an IDE or a class path, without the launcher. */
    public static void main(String[] args) {
        launch(args);
    }
}
