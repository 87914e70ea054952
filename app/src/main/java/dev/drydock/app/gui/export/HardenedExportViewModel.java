package dev.drydock.app.gui.export;

import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.lint.DockerfileLinter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Export hardened Dockerfile…": hardens the current text (safe fixes, and fixes that need review one
 * by one when the user includes them), shows the result, then writes it to a file the user chooses,
 * with the Markdown change report {@code <name>.changes.md} beside it when wanted. Existing files are
 * only replaced after the user agreed; writing is atomic. All work runs through the one task runner.
 */
public final class HardenedExportViewModel {

    /** The suffix of the change report written beside the hardened file. */
    public static final String REPORT_SUFFIX = ".changes.md";

    /** What the export needs from the rest of the app. */
    public record Services(UiTaskRunner runner, DockerfileLinter linter, LintConfig config, FixConfirmer confirmer,
                           ExportTargets targets, UserPrompts prompts, Supplier<LocalDate> today) {
    }

    private final Services services;
    private final String fileName;
    private final String text;
    private final BooleanProperty includeNeedsReview = new SimpleBooleanProperty(this, "includeNeedsReview", false);
    private final BooleanProperty writeReport = new SimpleBooleanProperty(this, "writeReport", true);
    private final ReadOnlyObjectWrapper<HardenedDockerfile> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(this, "written", List.of());
    private long generation;

    /**
     * @param fileName the name the file is shown and reported with, e.g. {@code Dockerfile}
     * @param text     the text as it is in the editor now
     */
    public HardenedExportViewModel(Services services, String fileName, String text) {
        this.services = services;
        this.fileName = fileName;
        this.text = text;
    }

    /** Also apply fixes that need review, each after the user confirmed it. */
    public BooleanProperty includeNeedsReviewProperty() {
        return includeNeedsReview;
    }

    /** Also write {@code <name>.changes.md} beside the hardened file. */
    public BooleanProperty writeReportProperty() {
        return writeReport;
    }

    /** The hardened text with its diff and changes; null until {@link #prepare()} finished. */
    public ReadOnlyObjectProperty<HardenedDockerfile> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong last, as the user reads it; null when nothing did. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The files the export wrote; empty until it did. */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Hardens the text with the current options; the result replaces any earlier one. */
    public void prepare() {
        long request = ++generation;
        boolean withReview = includeNeedsReview.get();
        busy.set(true);
        problem.set(null);
        services.runner().submit(UiTask.of("Hardening " + fileName, (token, progress) ->
                        Hardening.harden(services.linter(), services.config(), fileName, text, withReview,
                                services.confirmer(), token, services.today().get()))
                .onSuccess(hardened -> {
                    if (request == generation) {
                        result.set(hardened);
                        busy.set(false);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        busy.set(false);
                        problem.set(UserMessage.of("Could not harden " + fileName, error));
                    }
                })
                .onCancelled(() -> {
                    if (request == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** Asks where to write the prepared result, asks before replacing files, then writes. */
    public void export() {
        HardenedDockerfile hardened = result.get();
        if (hardened == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = services.targets().choose(fileName);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        List<Path> files = new ArrayList<>(List.of(target));
        if (writeReport.get()) {
            files.add(reportPathFor(target));
        }
        busy.set(true);
        problem.set(null);
        services.runner().submit(UiTask.of("Checking " + target.getFileName(), (token, progress) ->
                        files.stream().filter(Files::exists).toList())
                .quiet()
                .onSuccess(existing -> {
                    if (existing.isEmpty() || services.prompts().confirm(overwrite(existing))) {
                        write(hardened, files);
                    } else {
                        busy.set(false);
                    }
                })
                .onFailure(error -> failed(target, error)));
    }

    /** Where the change report for {@code target} goes: {@code Dockerfile} → {@code Dockerfile.changes.md}. */
    public static Path reportPathFor(Path target) {
        return target.resolveSibling(target.getFileName() + REPORT_SUFFIX);
    }

    private void write(HardenedDockerfile hardened, List<Path> files) {
        Path target = files.get(0);
        services.runner().submit(UiTask.of("Exporting " + target.getFileName(), (token, progress) -> {
                    AtomicFileWrite.write(target, hardened.hardened());
                    if (files.size() > 1) {
                        AtomicFileWrite.write(files.get(1), hardened.report());
                    }
                    return List.copyOf(files);
                })
                .onSuccess(done -> {
                    busy.set(false);
                    written.set(done);
                })
                .onFailure(error -> failed(target, error)));
    }

    private void failed(Path target, Throwable error) {
        busy.set(false);
        if (error instanceof IOException io) {
            problem.set(new UserMessage("Could not export " + target.getFileName(),
                    "Writing " + target + " failed: " + describe(io),
                    "Choose another folder, or check that it exists and that you may write there."));
        } else {
            problem.set(UserMessage.of("Could not export " + target.getFileName(), error));
        }
    }

    private static UserPrompts.Confirmation overwrite(List<Path> existing) {
        String names = String.join(", ", existing.stream().map(path -> path.getFileName().toString()).toList());
        return new UserPrompts.Confirmation("Replace existing files",
                existing.size() == 1 ? names + " exists already. Replace it?" : names + " exist already. Replace them?",
                "The hardened Dockerfile is written to " + existing.get(0).toAbsolutePath().getParent() + ".", "Replace");
    }

    private static String describe(IOException error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (error instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
