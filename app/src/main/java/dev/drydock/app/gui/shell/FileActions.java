package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.dockerfiles.DockerfileChoosers;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.vulndb.DatabaseImportChooser;
import dev.drydock.app.gui.vulnerabilities.SuppressionFileChooser;
import dev.drydock.core.image.sbom.SbomFormat;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file choosers behind "Open Dockerfile…", "Scan image tarball…", "Export SBOM…", the Dockerfiles
 * page, the vulnerability database's "Import…" and the Vulnerabilities tab's "Suppressions…".
 */
final class FileActions implements DockerfileChoosers, DatabaseImportChooser, SuppressionFileChooser {

    private final WorkbenchViewModel model;
    private final DockerfileWorkspace dockerfiles;
    private final Supplier<Window> window;
    private File lastFolder;

    FileActions(WorkbenchViewModel model, DockerfileWorkspace dockerfiles, Supplier<Window> window) {
        this.model = model;
        this.dockerfiles = dockerfiles;
        this.window = window;
    }

    /** Goes to the Dockerfiles page and asks for a file to show there. */
    void openDockerfile() {
        model.pageProperty().set(Page.DOCKERFILES);
        chooseDockerfile().ifPresent(dockerfiles::open);
    }

    @Override
    public Optional<Path> chooseDockerfile() {
        FileChooser chooser = chooser("Open Dockerfile");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Dockerfiles", "Dockerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile", "Containerfile"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName) {
        FileChooser chooser = chooser("Export hardened Dockerfile");
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Goes to the Scans page and scans the image tarball the user picks (works offline). */
    void openImageTarball() {
        chooseImageTarball().ifPresent(path -> {
            model.pageProperty().set(Page.SCANS);
            model.scans().scanTarball(path);
        });
    }

    /** Asks for a {@code docker save} or OCI image archive. */
    Optional<Path> chooseImageTarball() {
        FileChooser chooser = chooser("Scan image tarball");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Image archives (docker save, OCI)", "*.tar", "*.tar.gz", "*.tgz", "*.tar.zst"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Asks where to write a scanned image's SBOM, suggesting {@code <image>.cdx.json} or {@code .spdx.json}. */
    Optional<Path> chooseSbomTarget(SbomFormat format, String suggestedName) {
        FileChooser chooser = chooser("Export " + format.title() + " SBOM");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.title(), "*" + format.fileSuffix()),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseArchives() {
        FileChooser chooser = chooser("Import OSV exports");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("OSV exports (all.zip)", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of OSV records");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(window.get());
        if (folder != null) {
            lastFolder = folder.getParentFile();
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public List<Path> chooseSuppressionFiles() {
        FileChooser chooser = chooser("Add ignore files or OpenVEX documents");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Ignore files and OpenVEX documents", ".trivyignore", "*.trivyignore",
                        "*ignore", "*.json", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(window.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
