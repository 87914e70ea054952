package dev.drydock.app.gui.task;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/** Where view-model state may be changed: the FX application thread, or the caller's thread in tests. */
@FunctionalInterface
public interface UiThread extends Executor {

    /** The JavaFX application thread. */
    static UiThread fx() {
        return command -> {
            if (Platform.isFxApplicationThread()) {
                command.run();
            } else {
                Platform.runLater(command);
            }
        };
    }

    /** Runs at once on the calling thread: for view-model tests without a toolkit. */
    static UiThread sameThread() {
        return Runnable::run;
    }

    /** Always queues (never runs inline), so that callers on the FX thread get one pulse later. */
    static UiThread fxLater() {
        return Platform::runLater;
    }
}
