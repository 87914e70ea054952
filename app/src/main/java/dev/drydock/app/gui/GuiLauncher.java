package dev.drydock.app.gui;

/** Starts the JavaFX workbench. The only entry from the launcher into JavaFX code. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("The GUI is being written");
    }
}
