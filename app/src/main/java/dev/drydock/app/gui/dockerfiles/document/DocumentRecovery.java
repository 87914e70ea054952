package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.task.BackgroundWork;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.settings.RecoveredBuffer;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.core.settings.RecoveryStore.RecoveryListing;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Autosaves dirty buffers into the recovery area a few seconds after a change (not on every
 * keystroke, and not postponed forever by steady typing) and forgets them once saved, closed or
 * discarded. Recovery writes and deletes run off the UI thread one after another, in the order they
 * were asked for, so a late autosave never brings back an entry that was just deleted.
 */
final class DocumentRecovery {

    private final RecoveryStore store;
    private final UiTaskRunner runner;
    private final UiScheduler scheduler;
    private final Duration delay;
    private final Clock clock;
    private final Map<DockerfileDocument, Watch> watched = new HashMap<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean busy;

    private final class Watch {
        final ChangeListener<String> onEdit;
        UiScheduler.Scheduled due;

        Watch(DockerfileDocument document) {
            onEdit = (obs, old, now) -> {
                if (due == null) {
                    due = scheduler.schedule(delay, () -> {
                        due = null;
                        autosave(document);
                    });
                }
            };
        }
    }

    DocumentRecovery(RecoveryStore store, UiTaskRunner runner, UiScheduler scheduler, Duration delay, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.scheduler = scheduler;
        this.delay = delay;
        this.clock = clock;
    }

    /** Why the last recovery write failed; empty when it worked. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void watch(DockerfileDocument document) {
        Watch watch = new Watch(document);
        watched.put(document, watch);
        document.textProperty().addListener(watch.onEdit);
    }

    /** Stops autosaving {@code document} and forgets what was kept of it. */
    void forget(DockerfileDocument document) {
        Watch watch = watched.remove(document);
        if (watch != null) {
            document.textProperty().removeListener(watch.onEdit);
            if (watch.due != null) {
                watch.due.cancel();
            }
        }
        delete(document.id());
    }

    /** Keeps {@code document} now if it is dirty, forgets it otherwise. */
    void autosave(DockerfileDocument document) {
        if (!watched.containsKey(document)) {
            return;
        }
        if (!document.isDirty()) {
            delete(document.id());
            return;
        }
        RecoveredBuffer buffer = new RecoveredBuffer(document.id(),
                document.path().map(Path::toString).orElse(null),
                document.displayNameProperty().get(), document.text(), clock.instant());
        enqueue("Keeping a recovery copy", (token, progress) -> {
            store.save(buffer);
            return null;
        });
    }

    void delete(String id) {
        enqueue("Forgetting a recovery copy", (token, progress) -> {
            store.delete(id);
            return null;
        });
    }

    CompletionStage<RecoveryListing> list() {
        CompletableFuture<RecoveryListing> result = new CompletableFuture<>();
        enqueue("Looking for unsaved work", (token, progress) -> store.list(), result::complete,
                error -> result.complete(new RecoveryListing(List.of(), List.of(
                        "Drydock could not look for unsaved work from an earlier run: " + error.getMessage()))));
        return result;
    }

    private void enqueue(String title, BackgroundWork<Void> work) {
        enqueue(title, work, done -> problem.set(""),
                error -> problem.set(error.getMessage() + " Save your work to a file to be safe."));
    }

    private <T> void enqueue(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        queue.add(() -> runner.submit(UiTask.of(title, work).quiet()
                .onSuccess(result -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        runNext();
                    }
                })
                .onFailure(error -> {
                    try {
                        onFailure.accept(error);
                    } finally {
                        runNext();
                    }
                })
                .onCancelled(this::runNext)));
        if (!busy) {
            runNext();
        }
    }

    private void runNext() {
        Runnable next = queue.poll();
        busy = next != null;
        if (next != null) {
            next.run();
        }
    }
}
