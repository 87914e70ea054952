package dev.drydock.app.gui.task;

import dev.drydock.core.task.CancelledException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one way the GUI runs background work: the core call runs on a worker thread with a
 * cancellation token and a progress listener; the outcome is delivered on the UI thread; visible
 * tasks are listed for the task area while they run.
 */
public final class UiTaskRunner implements AutoCloseable {

    private final Executor worker;
    private final Executor uiThread;
    private final ObservableList<RunningTask> visibleTasks = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> visibleTasksView = FXCollections.unmodifiableObservableList(visibleTasks);
    private Consumer<? super Throwable> defaultErrorHandler = error -> { };

    public UiTaskRunner(Executor worker, Executor uiThread) {
        this.worker = Objects.requireNonNull(worker);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    /** Worker threads are daemons so an open task never keeps the app from exiting. */
    public static UiTaskRunner forFx() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "drydock-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new UiTaskRunner(pool, UiThread.fxLater());
    }

    /** Runs everything inline on the calling thread: for view-model tests. */
    public static UiTaskRunner sameThread() {
        return new UiTaskRunner(Runnable::run, Runnable::run);
    }

    /** Where failures of tasks without their own failure handler go (usually: an error alert). */
    public void setDefaultErrorHandler(Consumer<? super Throwable> handler) {
        this.defaultErrorHandler = Objects.requireNonNull(handler);
    }

    /** Tasks shown in the task area, newest last; changes on the UI thread. */
    public ObservableList<RunningTask> visibleTasks() {
        return visibleTasksView;
    }

    public <T> RunningTask submit(UiTask<T> task) {
        RunningTask running = new RunningTask(task.title(), uiThread);
        if (task.shownInTaskArea()) {
            uiThread.execute(() -> visibleTasks.add(running));
        }
        try {
            worker.execute(() -> runOnWorker(task, running));
        } catch (RejectedExecutionException closed) {
            // The runner was closed (the window is going away) while a timer still asked for work:
            // the work never runs, and its owner hears "cancelled" instead of an exception on the UI thread.
            running.token().cancel();
            uiThread.execute(() -> {
                finish(running);
                task.cancelledHandler().run();
            });
        }
        return running;
    }

    private <T> void runOnWorker(UiTask<T> task, RunningTask running) {
        try {
            running.token().throwIfCancelled();
            T result = task.work().run(running.token(), running.progressListener());
            uiThread.execute(() -> {
                finish(running);
                if (running.token().isCancelled()) {
                    task.cancelledHandler().run();
                } else {
                    task.successHandler().accept(result);
                }
            });
        } catch (CancelledException cancelled) {
            uiThread.execute(() -> {
                finish(running);
                task.cancelledHandler().run();
            });
        } catch (Exception | LinkageError | AssertionError error) {
            uiThread.execute(() -> {
                finish(running);
                Consumer<? super Throwable> handler = task.failureHandler();
                if (handler != null) {
                    handler.accept(error);
                } else {
                    defaultErrorHandler.accept(error);
                }
            });
        }
    }

    private void finish(RunningTask running) {
        running.finished();
        visibleTasks.remove(running);
    }

    @Override
    public void close() {
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
