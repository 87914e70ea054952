package dev.drydock.app.gui.task;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A submitted task as the task area shows it: title, latest progress message, progress (-1 while the
 * size of the work is unknown) and a cancel command. Properties change on the UI thread only.
 */
public final class RunningTask {

    private record Progress(String message, double fraction) {
    }

    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final CancellationToken token = CancellationToken.create();
    private final Executor uiThread;
    private final AtomicReference<Progress> pendingProgress = new AtomicReference<>();
    private final AtomicBoolean progressPosted = new AtomicBoolean();

    RunningTask(String title, Executor uiThread) {
        this.title = new ReadOnlyStringWrapper(this, "title", title);
        this.uiThread = uiThread;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** Asks the work to stop at its next safe point. */
    public void cancel() {
        token.cancel();
        cancelRequested.set(true);
        message.set("Cancelling…");
    }

    CancellationToken token() {
        return token;
    }

    /**
     * A listener for the worker thread. Bursts of progress reports become one UI update: only the
     * latest report counts.
     */
    ProgressListener progressListener() {
        return (text, done, total) -> {
            double fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1;
            pendingProgress.set(new Progress(text == null ? "" : text, fraction));
            if (progressPosted.compareAndSet(false, true)) {
                uiThread.execute(this::showLatestProgress);
            }
        };
    }

    private void showLatestProgress() {
        progressPosted.set(false);
        Progress latest = pendingProgress.getAndSet(null);
        if (latest != null && running.get() && !cancelRequested.get()) {
            message.set(latest.message());
            progress.set(latest.fraction());
        }
    }

    void finished() {
        running.set(false);
    }
}
