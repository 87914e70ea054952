package dev.drydock.app.gui.vulnerabilities;

import java.nio.file.Path;
import java.util.List;

/** Asks the user for ignore files ({@code .trivyignore}) and OpenVEX documents; tests answer in code. */
@FunctionalInterface
public interface SuppressionFileChooser {

    /** The files chosen; empty when the user cancelled. */
    List<Path> chooseSuppressionFiles();
}
