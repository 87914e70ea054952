package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.archives.ArchiveSummaryText;
import dev.drydock.app.gui.common.FxPrompts;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.DockerfileChoosers;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.core.image.ImageArchiveReader;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The file choosers behind "Open Dockerfile…", "Open image tarball…" and the Dockerfiles page. */
final class FileActions implements DockerfileChoosers {

    private final WorkbenchViewModel model;
    private final DockerfileWorkspace dockerfiles;
    private final Supplier<Window> window;
    private final FxPrompts prompts;
    private File lastFolder;

    FileActions(WorkbenchViewModel model, DockerfileWorkspace dockerfiles, Supplier<Window> window, FxPrompts prompts) {
        this.model = model;
        this.dockerfiles = dockerfiles;
        this.window = window;
        this.prompts = prompts;
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

    void openImageTarball() {
        FileChooser chooser = chooser("Open image tarball");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Image archives (docker save, OCI)", "*.tar", "*.tar.gz", "*.tgz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            lastFolder = file.getParentFile();
            Path path = file.toPath();
            model.runner().submit(UiTask.of("Reading " + file.getName(), (token, progress) -> ImageArchiveReader.summarize(path))
                    .onSuccess(summary -> prompts.inform("Image tarball", file.getName() + ": " + ArchiveSummaryText.headline(summary),
                            ArchiveSummaryText.body(summary)))
                    .onFailure(error -> prompts.showError(UserMessage.of("Could not read " + file.getName(), error))));
        }
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
