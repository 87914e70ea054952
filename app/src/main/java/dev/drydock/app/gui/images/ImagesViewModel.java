package dev.drydock.app.gui.images;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.DetailsLoader;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.common.UserPrompts.Confirmation;
import dev.drydock.app.gui.live.FilterableRows;
import dev.drydock.app.gui.live.LiveRows;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.live.ListChange;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;

/**
 * The Images page: the live image list, the selected image's details and build history (loaded on
 * demand), and removing images, asking again before forcing when the daemon refuses.
 */
public final class ImagesViewModel {

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final UserPrompts prompts;
    private final LiveRows<ImageSummary> live = new LiveRows<>(ImageSummary::id);
    private final FilterableRows<ImageSummary> rows = new FilterableRows<>(live, ImageRows::visibleText);
    private final ReadOnlyObjectWrapper<ImageSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(this, "canRemove");
    private final DetailsLoader<ImageDetails> details;
    private final DetailsLoader<List<ImageHistoryEntry>> history;
    private final ReadOnlyObjectWrapper<Path> selectedDockerfile = new ReadOnlyObjectWrapper<>(this, "selectedDockerfile");
    private ImageDockerfiles dockerfiles;
    private Consumer<Path> dockerfileOpener = path -> { };
    private Consumer<ImageSummary> scanner = image -> { };

    public ImagesViewModel(UiTaskRunner runner, DaemonAccess access, UserPrompts prompts) {
        this.runner = runner;
        this.access = access;
        this.prompts = prompts;
        this.details = new DetailsLoader<>(runner);
        this.history = new DetailsLoader<>(runner);
        canRemove.bind(selected.isNotNull());
    }

    public FilterableRows<ImageSummary> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ImageSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public DetailsLoader<ImageDetails> details() {
        return details;
    }

    /** The build history of the selected image; empty until {@link #loadHistory()} is called. */
    public DetailsLoader<List<ImageHistoryEntry>> history() {
        return history;
    }

    /** Where "Open Dockerfile" finds an image's Dockerfile, and what opens it. */
    public void useDockerfiles(ImageDockerfiles links, Consumer<Path> opener) {
        this.dockerfiles = links;
        this.dockerfileOpener = opener;
        updateDockerfile();
    }

    /** What "Scan" does with the selected image (the window opens its scan on the Scans page). */
    public void useScanner(Consumer<ImageSummary> imageScanner) {
        this.scanner = Objects.requireNonNull(imageScanner);
    }

    /** Scans the selected image: its layers, files, packages, secrets and findings. */
    public void scanSelected() {
        ImageSummary image = selected.get();
        if (image != null) {
            scanner.accept(image);
        }
    }

    /** The selected image's Dockerfile (from its label or the user's link); null when none is known. */
    public ReadOnlyObjectProperty<Path> selectedDockerfileProperty() {
        return selectedDockerfile.getReadOnlyProperty();
    }

    /** Opens the selected image's Dockerfile in the editor. */
    public void openDockerfile() {
        Path path = selectedDockerfile.get();
        if (path != null) {
            dockerfileOpener.accept(path);
        }
    }

    /** Remembers {@code dockerfile} as the selected image's (its repository's) Dockerfile, and opens it. */
    public void linkDockerfile(Path dockerfile) {
        ImageSummary image = selected.get();
        if (image != null && dockerfiles != null) {
            dockerfiles.link(image, dockerfile);
            updateDockerfile();
            openDockerfile();
        }
    }

    private void updateDockerfile() {
        ImageSummary image = selected.get();
        selectedDockerfile.set(image == null || dockerfiles == null ? null : dockerfiles.dockerfileOf(image).orElse(null));
    }

    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    public void apply(ListChange<ImageSummary> change) {
        live.apply(change);
        ImageSummary current = selected.get();
        if (current != null) {
            ImageSummary now = live.byId(current.id()).orElse(null);
            if (now == null) {
                select(null);
            } else if (!now.equals(current)) {
                selected.set(now);
                updateDockerfile();
            }
        }
    }

    public void select(ImageSummary image) {
        if (Objects.equals(image, selected.get())) {
            return;
        }
        selected.set(image);
        updateDockerfile();
        history.clear();
        if (image == null) {
            details.clear();
        } else {
            String id = image.id();
            details.load("Inspecting " + ImageRows.name(image), (token, progress) -> access.daemon().inspectImage(id), false);
        }
    }

    public void loadHistory() {
        ImageSummary image = selected.get();
        if (image != null) {
            String id = image.id();
            history.load("Reading the history of " + ImageRows.name(image),
                    (token, progress) -> access.daemon().imageHistory(id), false);
        }
    }

    public void remove() {
        ImageSummary image = selected.get();
        if (image == null) {
            return;
        }
        String name = ImageRows.name(image);
        Confirmation question = new Confirmation("Remove image", "Remove image " + name + "?",
                "All its tags are removed, and its layers unless other images share them.", "Remove");
        if (prompts.confirm(question)) {
            removeImage(image, false);
        }
    }

    private void removeImage(ImageSummary image, boolean force) {
        String name = ImageRows.name(image);
        String id = image.id();
        runner.submit(UiTask.of("Removing image " + name, (token, progress) -> {
            access.daemon().removeImage(id, force);
            return id;
        }).onFailure(error -> {
            if (!force && error instanceof DaemonAccessException refused
                    && refused.problem() == DaemonAccessException.Problem.CONFLICT) {
                Confirmation again = new Confirmation("Remove image anyway",
                        "The daemon refused to remove " + name + ".",
                        refused.getMessage() + "\n\nForce removal? Containers that use it keep running, "
                                + "but the image can no longer be used by name.", "Force remove");
                if (prompts.confirm(again)) {
                    removeImage(image, true);
                }
            } else {
                prompts.showError(UserMessage.of("Could not remove image " + name, error));
            }
        }));
    }
}
