package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.harden.ComposeServiceRenderer;
import dev.drydock.core.audit.harden.DockerRunRenderer;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.HardeningKind;
import dev.drydock.core.audit.harden.KubernetesPodRenderer;
import dev.drydock.core.files.AtomicFileWrite;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The hardened run configuration of an audited container: its options (each switchable, each naming
 * the findings it fixes), the three renderings that follow the switches at once, the line naming the
 * findings the chosen options leave unfixed, and "Save…" of each rendering to a file the user picks
 * (written in the background; a failure says what to do).
 */
public final class HardenedRunViewModel {

    private final UiTaskRunner runner;
    private final UserPrompts prompts;
    private final ReadOnlyStringWrapper dockerRun = new ReadOnlyStringWrapper(this, "dockerRun", "");
    private final ReadOnlyStringWrapper compose = new ReadOnlyStringWrapper(this, "compose", "");
    private final ReadOnlyStringWrapper kubernetes = new ReadOnlyStringWrapper(this, "kubernetes", "");
    private final ReadOnlyStringWrapper unfixed = new ReadOnlyStringWrapper(this, "unfixed", "");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ObservableList<HardeningOptionRow> options = FXCollections.observableArrayList();
    private HardenedRunConfig config;
    private List<String> findingIds = List.of();

    public HardenedRunViewModel(UiTaskRunner runner, UserPrompts prompts) {
        this.runner = Objects.requireNonNull(runner);
        this.prompts = Objects.requireNonNull(prompts);
    }

    /** Shows the configuration advised for a container whose audit found {@code findings}. */
    public void show(HardenedRunConfig advised, List<AuditFindingRow> findings) {
        config = Objects.requireNonNull(advised);
        findingIds = findings.stream().map(AuditFindingRow::checkId).distinct().toList();
        saveStatus.set("");
        render();
    }

    /** The configuration with the user's switches applied; empty when nothing is audited. */
    public java.util.Optional<HardenedRunConfig> config() {
        return java.util.Optional.ofNullable(config);
    }

    /** Nothing audited: no options, empty renderings. */
    public void clear() {
        config = null;
        findingIds = List.of();
        options.clear();
        dockerRun.set("");
        compose.set("");
        kubernetes.set("");
        unfixed.set("");
        saveStatus.set("");
    }

    /** Switches one option on or off; the three renderings and the unfixed line follow at once. */
    public void setEnabled(HardeningKind kind, boolean on) {
        if (config != null && config.isEnabled(kind) != on) {
            config = config.withEnabled(kind, on);
            render();
        }
    }

    private void render() {
        options.setAll(config.options().stream().map(HardeningOptionRow::of).toList());
        dockerRun.set(new DockerRunRenderer().render(config));
        compose.set(new ComposeServiceRenderer().render(config));
        kubernetes.set(new KubernetesPodRenderer().render(config));
        Set<String> open = new LinkedHashSet<>(findingIds);
        open.removeAll(config.fixedFindings());
        if (findingIds.isEmpty()) {
            unfixed.set("No findings to fix.");
        } else if (open.isEmpty()) {
            unfixed.set("The chosen options fix every finding.");
        } else {
            unfixed.set("Not fixed with the chosen options: " + String.join(", ", open));
        }
    }

    /** The rendering in {@code format}; empty when nothing is audited. */
    public String text(RunFormat format) {
        return switch (format) {
            case DOCKER_RUN -> dockerRun.get();
            case COMPOSE -> compose.get();
            case KUBERNETES -> kubernetes.get();
        };
    }

    /** The file name a save suggests, e.g. {@code web-hardened.sh}. */
    public String suggestedName(RunFormat format) {
        return format.fileName(config == null ? "" : config.containerName());
    }

    /** "Save…": asks where to, then writes the rendering there; nothing when cancelled or nothing is audited. */
    public void save(RunFormat format) {
        if (config != null) {
            prompts.chooseSaveFile("Save the hardened " + format.title() + " configuration", suggestedName(format))
                    .ifPresent(file -> saveTo(format, file));
        }
    }

    /** Writes the rendering in {@code format} to {@code file} in the background, replacing it when it exists. */
    public void saveTo(RunFormat format, Path file) {
        if (config == null) {
            return;
        }
        String text = format.fileText(text(format));
        saveStatus.set("Saving " + file.getFileName() + "…");
        runner.submit(UiTask.of("Saving " + file.getFileName(), (token, progress) -> {
                    AtomicFileWrite.write(file, text);
                    if (format == RunFormat.DOCKER_RUN) {
                        makeExecutable(file);
                    }
                    return file;
                })
                .onSuccess(written -> saveStatus.set("Saved " + written))
                .onFailure(error -> {
                    UserMessage problem = problemOf(format, file, error);
                    saveStatus.set(problem.message() + " " + problem.advice());
                    prompts.showError(problem);
                }));
    }

    /** Like {@code chmod +x}: whoever may read the script may run it. */
    private static void makeExecutable(Path file) {
        try {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(Files.getPosixFilePermissions(file));
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            if (permissions.contains(PosixFilePermission.GROUP_READ)) {
                permissions.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException noPosix) {
            // Without POSIX permissions the script still runs as "sh file".
        }
    }

    private static UserMessage problemOf(RunFormat format, Path file, Throwable error) {
        String title = "Could not save the hardened " + format.title() + " configuration";
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            String detail = io.getMessage() == null || io.getMessage().isBlank() ? io.getClass().getSimpleName() : io.getMessage();
            return new UserMessage(title, "The file " + file + " could not be written (" + detail + ").",
                    "Check that its folder exists and that you may write there, or choose another file.");
        }
        return UserMessage.of(title, error);
    }

    public ReadOnlyStringProperty dockerRunProperty() {
        return dockerRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty composeProperty() {
        return compose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kubernetesProperty() {
        return kubernetes.getReadOnlyProperty();
    }

    /** Which findings the chosen options leave unfixed, e.g. {@code Not fixed with the chosen options: DC5027}. */
    public ReadOnlyStringProperty unfixedProperty() {
        return unfixed.getReadOnlyProperty();
    }

    /** What the last save did ({@code Saved /tmp/web-hardened.sh}), or why it failed; empty before any. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** The options in the order they apply, with their switches. */
    public ObservableList<HardeningOptionRow> options() {
        return FXCollections.unmodifiableObservableList(options);
    }
}
