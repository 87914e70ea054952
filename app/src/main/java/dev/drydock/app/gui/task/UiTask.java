package dev.drydock.app.gui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work with what to do with its outcome on the UI thread. Build one with
 * {@link #of}, then hand it to {@link UiTaskRunner#submit}.
 */
public final class UiTask<T> {

    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean shownInTaskArea = true;

    private UiTask(String title, BackgroundWork<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> UiTask<T> of(String title, BackgroundWork<T> work) {
        return new UiTask<>(title, work);
    }

    /** Called on the UI thread with the result. */
    public UiTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Called on the UI thread with the error; without one the runner's default error handler is used. */
    public UiTask<T> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public UiTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Quick look-ups (inspect, history) do not clutter the task area. */
    public UiTask<T> quiet() {
        this.shownInTaskArea = false;
        return this;
    }

    public String title() {
        return title;
    }

    BackgroundWork<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<? super Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    boolean shownInTaskArea() {
        return shownInTaskArea;
    }
}
