package dev.drydock.app;

import dev.drydock.app.cli.DrydockCli;
import dev.drydock.app.gui.GuiLauncher;

/**
 * The one launcher. Without arguments it opens the workbench window; with arguments it is the
 * {@code drydock} command line, which never loads JavaFX and so runs without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // The GUI classes (and with them JavaFX) are loaded on this path only.
            GuiLauncher.launch(args);
            return;
        }
        System.exit(DrydockCli.run(args));
    }
}
