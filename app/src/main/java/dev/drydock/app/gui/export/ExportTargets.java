package dev.drydock.app.gui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Where the hardened Dockerfile goes: the window asks with a file chooser; tests answer in code. */
@FunctionalInterface
public interface ExportTargets {

    /** The file to write, or empty when the user cancelled. Called on the UI thread. */
    Optional<Path> choose(String suggestedName);
}
