package dev.drydock.app.gui.vulndb;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user what to import into the vulnerability database; tests answer in code. */
public interface DatabaseImportChooser {

    /** OSV export archives ({@code all.zip}) to import; empty when the user cancelled. */
    List<Path> chooseArchives();

    /** A folder of OSV {@code .json} records to import; empty when the user cancelled. */
    Optional<Path> chooseFolder();
}
