package dev.drydock.app.gui.common;

import dev.drydock.app.gui.task.BackgroundWork;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Loads the details of the selected row off the UI thread. Only the newest request counts: a result
 * that arrives after the selection moved on is dropped.
 */
public final class DetailsLoader<D> {

    private final UiTaskRunner runner;
    private final ReadOnlyObjectWrapper<D> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long generation;

    public DetailsLoader(UiTaskRunner runner) {
        this.runner = runner;
    }

    public ReadOnlyObjectProperty<D> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the details could not be loaded, as one readable line; empty when they could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Starts loading; {@code keepShown} leaves the current details visible until the new ones arrive. */
    public void load(String title, BackgroundWork<D> work, boolean keepShown) {
        long request = ++generation;
        if (!keepShown) {
            details.set(null);
        }
        loading.set(true);
        problem.set("");
        runner.submit(UiTask.of(title, work).quiet()
                .onSuccess(result -> {
                    if (request == generation) {
                        loading.set(false);
                        details.set(result);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        loading.set(false);
                        details.set(null);
                        UserMessage message = UserMessage.of(title, error);
                        problem.set(message.advice().isEmpty() ? message.message() : message.message() + " " + message.advice());
                    }
                }));
    }

    public void clear() {
        generation++;
        loading.set(false);
        problem.set("");
        details.set(null);
    }
}
