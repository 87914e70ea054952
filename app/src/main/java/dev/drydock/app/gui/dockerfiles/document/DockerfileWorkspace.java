package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.settings.RecoveredBuffer;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.core.settings.RecoveryStore.RecoveryListing;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The open Dockerfiles (the tabs) and the selected one, with New, Open, Save, Save As and Close,
 * recent files, autosave into the recovery area, and restore after a crash. Files are read and
 * written off the UI thread; results that need the user's answer come back as completion stages
 * completed on the UI thread. Change detection on disk is in {@link ExternalChanges}.
 */
public final class DockerfileWorkspace {

    /** How long a buffer may have unsaved changes before a recovery copy is written. */
    public static final Duration DEFAULT_AUTOSAVE_DELAY = Duration.ofSeconds(3);

    /** Timings; tests shorten or replace them. */
    public record Timing(Duration lintDebounce, Duration autosaveDelay) {

        public static Timing defaults() {
            return new Timing(LiveLint.DEFAULT_DEBOUNCE, DEFAULT_AUTOSAVE_DELAY);
        }
    }

    private final UiTaskRunner runner;
    private final UiScheduler scheduler;
    private final DocumentLinter linter;
    private final DocumentPrompts prompts;
    private final Timing timing;
    private final RecentFiles recent;
    private final DocumentRecovery recovery;
    private final ExternalChanges externalChanges;
    private final ObservableList<DockerfileDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<DockerfileDocument> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ReadOnlyObjectWrapper<DockerfileDocument> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Map<DockerfileDocument, LiveLint> lints = new HashMap<>();
    private int untitledCount;

    public DockerfileWorkspace(UiTaskRunner runner, UiScheduler scheduler, WorkbenchPreferences preferences,
                               RecoveryStore recoveryStore, DocumentLinter linter, DocumentPrompts prompts,
                               Timing timing, Clock clock) {
        this.runner = runner;
        this.scheduler = scheduler;
        this.linter = linter;
        this.prompts = prompts;
        this.timing = timing;
        this.recent = new RecentFiles(preferences);
        this.recovery = new DocumentRecovery(recoveryStore, runner, scheduler, timing.autosaveDelay(), clock);
        this.externalChanges = new ExternalChanges(runner, prompts);
        recent.dropMissing(runner);
    }

    public DockerfileWorkspace(UiTaskRunner runner, UiScheduler scheduler, WorkbenchPreferences preferences,
                               RecoveryStore recoveryStore, DocumentPrompts prompts) {
        this(runner, scheduler, preferences, recoveryStore, DocumentLinter.standard(), prompts,
                Timing.defaults(), Clock.systemUTC());
    }

    /** The open documents, in tab order. */
    public ObservableList<DockerfileDocument> documents() {
        return documentsView;
    }

    public ReadOnlyObjectProperty<DockerfileDocument> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<DockerfileDocument> selected() {
        return Optional.ofNullable(selected.get());
    }

    public void select(DockerfileDocument document) {
        if (document == null || documents.contains(document)) {
            selected.set(document);
        }
    }

    /** Recently opened files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    /** Why the last recovery copy could not be written; empty when it could. */
    public ReadOnlyStringProperty recoveryProblemProperty() {
        return recovery.problemProperty();
    }

    /** A new empty untitled buffer, selected. */
    public DockerfileDocument newDocument() {
        return newDocument("", null);
    }

    /** A new untitled buffer holding {@code text} (a sample, a template), selected. */
    public DockerfileDocument newDocument(String text, String name) {
        DockerfileDocument document = DockerfileDocument.untitled(name != null ? name : nextUntitledName(), text);
        add(document);
        return document;
    }

    /** Opens {@code file} in a new tab, or selects its tab when it is open already. */
    public CompletionStage<Optional<DockerfileDocument>> open(Path file) {
        Path normal = normalize(file);
        Optional<DockerfileDocument> open = find(normal);
        if (open.isPresent()) {
            select(open.get());
            recent.add(normal);
            return CompletableFuture.completedFuture(open);
        }
        CompletableFuture<Optional<DockerfileDocument>> result = new CompletableFuture<>();
        runner.submit(UiTask.of("Opening " + normal.getFileName(), (token, progress) -> DocumentFiles.read(normal))
                .onSuccess(loaded -> {
                    Optional<DockerfileDocument> meanwhile = find(normal);
                    DockerfileDocument document = meanwhile.orElseGet(() -> add(DockerfileDocument.loaded(loaded)));
                    select(document);
                    recent.add(normal);
                    result.complete(Optional.of(document));
                })
                .onFailure(error -> {
                    if (error instanceof NoSuchFileException) {
                        recent.remove(normal);
                    }
                    prompts.showError(WorkspaceMessages.openFailed(normal, error));
                    result.complete(Optional.empty());
                }));
        return result;
    }

    /** Saves to the document's file, or asks where for an untitled one. True once written. */
    public CompletionStage<Boolean> save(DockerfileDocument document) {
        return document.path().isPresent() && !document.missingOnDiskProperty().get()
                ? write(document, document.path().get())
                : saveAs(document);
    }

    /** Asks where, then saves there. */
    public CompletionStage<Boolean> saveAs(DockerfileDocument document) {
        return prompts.chooseSaveLocation(document)
                .map(file -> saveAs(document, file))
                .orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    public CompletionStage<Boolean> saveAs(DockerfileDocument document, Path file) {
        Path normal = normalize(file);
        Optional<DockerfileDocument> other = find(normal).filter(open -> open != document);
        if (other.isPresent()) {
            UserMessage message = WorkspaceMessages.alreadyOpen(normal);
            document.setProblem(message.message() + " " + message.advice());
            prompts.showError(message);
            return CompletableFuture.completedFuture(false);
        }
        return write(document, normal);
    }

    private CompletionStage<Boolean> write(DockerfileDocument document, Path file) {
        String snapshot = document.text();
        boolean moved = !document.path().equals(Optional.of(file));
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        document.saveStarted();
        runner.submit(UiTask.of("Saving " + file.getFileName(), (token, progress) -> DocumentFiles.write(file, snapshot))
                .onSuccess(stamp -> {
                    document.saveFinished();
                    document.markInSyncWithDisk(file, snapshot, stamp);
                    recent.add(file);
                    if (!document.isDirty()) {
                        recovery.delete(document.id());
                    }
                    if (moved && lints.containsKey(document)) {
                        lints.get(document).lintNow();
                    }
                    result.complete(true);
                })
                .onFailure(error -> {
                    document.saveFinished();
                    UserMessage message = WorkspaceMessages.saveFailed(file, error);
                    document.setProblem(message.message() + " " + message.advice());
                    prompts.showError(message);
                    result.complete(false);
                }));
        return result;
    }

    /**
     * Closes a tab; with unsaved changes asks Save / Discard / Cancel first. True when it closed.
     */
    public CompletionStage<Boolean> close(DockerfileDocument document) {
        if (!documents.contains(document)) {
            return CompletableFuture.completedFuture(true);
        }
        if (!document.isDirty()) {
            remove(document);
            return CompletableFuture.completedFuture(true);
        }
        return switch (prompts.askUnsavedChanges(document)) {
            case CANCEL -> CompletableFuture.completedFuture(false);
            case DISCARD -> {
                remove(document);
                yield CompletableFuture.completedFuture(true);
            }
            case SAVE -> save(document).thenApply(saved -> {
                if (saved) {
                    remove(document);
                }
                return saved;
            });
        };
    }

    /** Closes every tab in order, asking about unsaved changes; true when the app may exit. */
    public CompletionStage<Boolean> closeAll() {
        return closeFrom(List.copyOf(documents), 0);
    }

    private CompletionStage<Boolean> closeFrom(List<DockerfileDocument> toClose, int index) {
        if (index == toClose.size()) {
            return CompletableFuture.completedFuture(true);
        }
        return close(toClose.get(index)).thenCompose(closed -> closed
                ? closeFrom(toClose, index + 1) : CompletableFuture.completedFuture(false));
    }

    /** Looks for files changed on disk; call when the window gets the focus or on a timer. */
    public void checkExternalChanges() {
        List.copyOf(documents).forEach(document -> externalChanges.check(document, () -> documents.contains(document)));
    }

    /** Checks the document now, without waiting for the debounce delay. */
    public void lintNow(DockerfileDocument document) {
        Optional.ofNullable(lints.get(document)).ifPresent(LiveLint::lintNow);
    }

    /** Unsaved work left by an earlier run (a crash or a kill), most recent first, with notes about unreadable copies. */
    public CompletionStage<RecoveryListing> recoverableBuffers() {
        return recovery.list().thenApply(listing -> new RecoveryListing(listing.buffers().stream()
                .filter(buffer -> documents.stream().noneMatch(open -> open.id().equals(buffer.id())))
                .toList(), listing.notes()));
    }

    /** Opens the recovered buffers as dirty documents; completes with them once all are open. */
    public CompletionStage<List<DockerfileDocument>> restore(List<RecoveredBuffer> buffers) {
        return new Restorer(runner, this::restored, this::find).restore(buffers);
    }

    /** Forgets the unsaved work of earlier runs that was not restored. */
    public CompletionStage<Void> discardRecovery() {
        return recoverableBuffers().thenAccept(listing -> listing.buffers().forEach(buffer -> recovery.delete(buffer.id())));
    }

    private DockerfileDocument restored(DockerfileDocument document) {
        if (document.path().isEmpty()) {
            untitledCount = Math.max(untitledCount, WorkspaceMessages.untitledNumber(document.displayNameProperty().get()));
        }
        add(document);
        if (!document.isDirty()) {
            recovery.delete(document.id());
        }
        return document;
    }

    private DockerfileDocument add(DockerfileDocument document) {
        documents.add(document);
        recovery.watch(document);
        LiveLint lint = new LiveLint(document, linter, runner, scheduler, timing.lintDebounce());
        lints.put(document, lint);
        lint.start();
        selected.set(document);
        return document;
    }

    private void remove(DockerfileDocument document) {
        int index = documents.indexOf(document);
        Optional.ofNullable(lints.remove(document)).ifPresent(LiveLint::stop);
        recovery.forget(document);
        documents.remove(document);
        if (selected.get() == document) {
            selected.set(documents.isEmpty() ? null : documents.get(Math.min(index, documents.size() - 1)));
        }
    }

    private Optional<DockerfileDocument> find(Path normal) {
        return documents.stream().filter(document -> document.path().equals(Optional.of(normal))).findFirst();
    }

    private String nextUntitledName() {
        return WorkspaceMessages.untitledName(++untitledCount);
    }

    /** The form in which paths are compared and remembered. */
    static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
