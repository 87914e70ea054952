package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The seccomp profile editor: one profile's text, where it is saved and whether it has unsaved edits;
 * its analysis (problems, allowed calls by group, diff against a reference) recomputed off the FX
 * thread a moment after the last keystroke, keeping only the newest; and the commands of the page.
 * Unsaved edits are never dropped without asking.
 */
public final class SeccompEditorViewModel {

    /** How long typing must pause before the text is checked again. */
    public static final Duration SETTLE = Duration.ofMillis(250);
    private static final String BASELINE_NAME = "the baseline template";

    private final UiTaskRunner runner;
    private final UiScheduler scheduler;
    private SeccompPrompts prompts = SeccompPrompts.CAUTIOUS;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<ProfileAnalysis> analysis =
            new ReadOnlyObjectWrapper<>(this, "analysis", ProfileAnalysis.NONE);
    private final ReadOnlyStringWrapper referenceName = new ReadOnlyStringWrapper(this, "referenceName", BASELINE_NAME);
    private final SeccompExportModel export;
    private SeccompProfile reference = SeccompTemplates.baseline();
    private String savedText = "";
    private UiScheduler.Scheduled pending;
    private long generation;

    public SeccompEditorViewModel(UiTaskRunner runner, UiScheduler scheduler) {
        this.runner = Objects.requireNonNull(runner);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.export = new SeccompExportModel(runner, analysis, name, file, () -> prompts);
        text.addListener((obs, old, now) -> {
            dirty.set(open.get() && !now.equals(savedText));
            if (pending != null) {
                pending.cancel();
            }
            pending = scheduler.schedule(SETTLE, this::analyseNow);
        });
    }

    /** The window's dialogs (until set, nothing is chosen and unsaved work is kept). */
    public void usePrompts(SeccompPrompts windowPrompts) {
        this.prompts = Objects.requireNonNull(windowPrompts);
    }

    /** The profile's text, as edited. */
    public StringProperty textProperty() {
        return text;
    }

    /** The file the profile was opened from or saved to; null for a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The profile's name for people: its file name, or "strict template (new)". */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** True once a profile is open or started from a template. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when the text differs from what was opened or last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The newest analysis of the text. */
    public ReadOnlyObjectProperty<ProfileAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** What the diff compares with, e.g. "the baseline template" or "web.json". */
    public ReadOnlyStringProperty referenceNameProperty() {
        return referenceName.getReadOnlyProperty();
    }

    /** The export formats of the profile. */
    public SeccompExportModel export() {
        return export;
    }

    /** Starts a new profile from a template, after asking about unsaved edits. */
    public void newFromTemplate(ProfileTemplate template) {
        askBeforeLeaving(() -> load(null, template.id() + " template (new)", template.text()));
    }

    /** Asks for a profile file and opens it, after asking about unsaved edits. */
    public void open() {
        askBeforeLeaving(() -> prompts.chooseProfileToOpen("Open seccomp profile").ifPresent(this::openFile));
    }

    /** Opens {@code path} (read off the FX thread), after asking about unsaved edits. */
    public void open(Path path) {
        askBeforeLeaving(() -> openFile(path));
    }

    private void openFile(Path path) {
        runner.submit(UiTask.of("Opening " + path.getFileName(), (token, progress) -> read(path))
                .onSuccess(read -> load(path, path.getFileName().toString(), read))
                .onFailure(error -> prompts.showError(new UserMessage("Cannot open the profile",
                        "Cannot read " + path + ": " + error.getMessage() + ".", "Check that it is a readable file."))));
    }

    /** Saves to the profile's file, asking where when it has none. */
    public void save() {
        save(() -> { });
    }

    /** Asks where to save, then saves there. */
    public void saveAs() {
        chooseAndSave(() -> { });
    }

    /** Compares from now on with the baseline template. */
    public void compareWithBaseline() {
        reference = SeccompTemplates.baseline();
        referenceName.set(BASELINE_NAME);
        analyseNow();
    }

    /** Asks for another profile file and compares with it from now on. */
    public void compareWithFile() {
        prompts.chooseProfileToOpen("Compare with profile").ifPresent(path -> runner.submit(UiTask.of(
                "Reading " + path.getFileName(), (token, progress) -> SeccompProfileReader.readFile(path).profile())
                .onSuccess(profile -> {
                    reference = profile;
                    referenceName.set(String.valueOf(path.getFileName()));
                    analyseNow();
                })
                .onFailure(error -> prompts.showError(new UserMessage("Cannot compare with that file",
                        error.getMessage(), "Choose a seccomp profile in Docker's JSON format.")))));
    }

    /** The caret offset of a problem's position; 0 for a problem of the whole profile. */
    public int caretOffsetOf(SeccompProblem problem) {
        return problem.at().map(at -> TextPositions.offset(text.get(), at.line(), at.column())).orElse(0);
    }

    /**
     * Runs {@code proceed} once unsaved edits are dealt with: at once when there are none; else after the user
     * chose to save (and the save worked) or to discard them; never when they cancel.
     */
    public void askBeforeLeaving(Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        switch (prompts.askUnsavedChanges(name.get())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    /** Checks the current text now, not waiting for typing to pause. */
    public void analyseNow() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        long request = ++generation;
        String snapshot = text.get();
        SeccompProfile against = reference;
        String againstName = referenceName.get();
        if (!open.get()) {
            analysis.set(ProfileAnalysis.NONE);
            return;
        }
        runner.submit(UiTask.of("Checking the seccomp profile",
                        (token, progress) -> ProfileAnalysis.of(snapshot, against, againstName))
                .quiet()
                .onSuccess(result -> {
                    if (request == generation) {
                        analysis.set(result);
                    }
                }));
    }

    /**
     * Opens {@code content} as a new profile that is not saved anywhere yet (e.g. a learned one): it counts as
     * unsaved, so leaving it asks first. Call it through {@link #askBeforeLeaving}.
     */
    public void loadUnsaved(String displayName, String content) {
        load(null, displayName, content);
        savedText = "";
        dirty.set(true);
    }

    private void load(Path path, String displayName, String content) {
        file.set(path);
        name.set(displayName);
        savedText = content;
        open.set(true);
        text.set(content);
        dirty.set(false);
        analyseNow();
    }

    private void save(Runnable after) {
        Path target = file.get();
        if (target == null) {
            chooseAndSave(after);
        } else {
            write(target, after);
        }
    }

    private void chooseAndSave(Runnable after) {
        String suggested = file.get() != null ? file.get().getFileName().toString()
                : name.get().replaceFirst(" template \\(new\\)$", "") + "-profile.json";
        prompts.chooseSaveLocation("Save seccomp profile", suggested).ifPresent(target -> write(target, after));
    }

    private void write(Path target, Runnable after) {
        String content = text.get();
        runner.submit(UiTask.of("Saving " + target.getFileName(), (token, progress) -> {
            Files.writeString(target, content, StandardCharsets.UTF_8);
            return target;
        }).onSuccess(saved -> {
            file.set(saved);
            name.set(saved.getFileName().toString());
            savedText = content;
            dirty.set(!text.get().equals(savedText));
            after.run();
        }).onFailure(error -> prompts.showError(new UserMessage("Cannot save the profile",
                "Cannot write " + target + ": " + error.getMessage() + ".",
                "Check that the folder exists and is writable, or choose another place with Save As."))));
    }

    private static String read(Path path) throws java.io.IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    /** The profile's file name, when saved. */
    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }
}
