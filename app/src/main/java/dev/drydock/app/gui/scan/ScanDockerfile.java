package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.attribution.DockerfileAttribution;
import dev.drydock.core.image.scan.ScannedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The Dockerfile a scanned image was built from, when one is linked (the image's
 * {@code dev.drydock.dockerfile} label or the user's link on the Images page): each finding's layer is
 * traced to the instruction that made it ({@code Dockerfile:12}), and a finding opens the Dockerfile
 * at that line. The file is read and matched against the image's history in the background.
 */
public final class ScanDockerfile {

    /** Opens a Dockerfile in the editor at a 1-based line. */
    @FunctionalInterface
    public interface Opener {
        void open(Path dockerfile, int line);
    }

    private final UiTaskRunner runner;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>(this, "path");
    private final ReadOnlyObjectWrapper<DockerfileAttribution> attribution = new ReadOnlyObjectWrapper<>(this, "attribution");
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Opener opener = (file, line) -> { };
    private ScannedImage image;
    private long request;

    ScanDockerfile(UiTaskRunner runner) {
        this.runner = runner;
        path.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                attribute();
            }
        });
    }

    /** Where "open at line" goes (the Dockerfiles page). */
    public void useOpener(Opener newOpener) {
        this.opener = Objects.requireNonNull(newOpener);
    }

    /** The linked Dockerfile; null when none is. Changing it traces the findings anew. */
    public ObjectProperty<Path> pathProperty() {
        return path;
    }

    /** The tracing of the latest scan to the linked Dockerfile; null while there is none. */
    public ReadOnlyObjectProperty<DockerfileAttribution> attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /** Why the linked Dockerfile could not be read; null unless that happened. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A scan finished: trace its findings to the linked Dockerfile, if any. */
    void scanned(ScannedImage scannedImage) {
        this.image = scannedImage;
        attribute();
    }

    private void attribute() {
        long thisRequest = ++request;
        attribution.set(null);
        problem.set(null);
        Path file = path.get();
        ScannedImage scanned = image;
        if (file == null || scanned == null) {
            return;
        }
        runner.submit(UiTask.of("Reading " + file.getFileName(), (token, listener) ->
                        DockerfileAttribution.of(Dockerfile.parse(Files.readString(file, StandardCharsets.UTF_8)), scanned))
                .quiet()
                .onSuccess(found -> {
                    if (thisRequest == request) {
                        attribution.set(found);
                    }
                })
                .onFailure(error -> {
                    if (thisRequest == request) {
                        problem.set(UserMessage.of("Could not read the linked Dockerfile " + file, error));
                    }
                }));
    }

    /**
     * A few words for the Findings tab: empty when nothing is linked, else which Dockerfile is linked
     * and whether the image's history matches it.
     */
    public StringBinding status() {
        return Bindings.createStringBinding(() -> {
            Path file = path.get();
            if (file == null) {
                return "";
            }
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (problem.get() != null) {
                return problem.get().message();
            }
            DockerfileAttribution traced = attribution.get();
            if (traced == null) {
                return "Reading " + name + "…";
            }
            return traced.mappedSteps() == 0
                    ? name + " does not match the image's history: was the image built from it?"
                    : "Findings traced to " + name + " (double-click one to open it at its instruction)";
        }, path, attribution, problem);
    }

    /** The 1-based line of the instruction that made the row's layer, if traced. */
    public Optional<Integer> lineOf(ImageFindingRow row) {
        DockerfileAttribution traced = attribution.get();
        return traced == null || row == null ? Optional.empty() : traced.lineOf(row.finding());
    }

    /** {@code Dockerfile:12}, or empty when the row is not traced. */
    public String textOf(ImageFindingRow row) {
        Path file = path.get();
        return lineOf(row).map(line -> (file.getFileName() == null ? file.toString() : file.getFileName().toString())
                + ":" + line).orElse("");
    }

    /** Opens the linked Dockerfile at the row's instruction; false when the row is not traced. */
    public boolean open(ImageFindingRow row) {
        Optional<Integer> line = lineOf(row);
        line.ifPresent(at -> opener.open(path.get(), at));
        return line.isPresent();
    }
}
