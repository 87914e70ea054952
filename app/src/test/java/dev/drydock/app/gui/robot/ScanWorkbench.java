package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.app.gui.connection.ScriptedBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.settings.RecoveryStore;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The window for robot tests of image scans: a scripted daemon, settings and layer cache under {@code folder}. */
final class ScanWorkbench {

    private ScanWorkbench() {
    }

    static WorkbenchViewModel show(Stage stage, Path folder) {
        WorkbenchViewModel workbench = DrydockApp.show(stage, new ScriptedBackend(), WorkbenchPreferences.inMemory(),
                RecoveryStore.besideSettings(folder.resolve("settings.json"))).workbench();
        workbench.scans().useInspector(ImageInspector.using(LayerCache.in(folder.resolve("cache"))));
        return workbench;
    }
}
