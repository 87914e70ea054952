package dev.drydock.app.gui.task;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

/** A blocking core call to run off the FX thread. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(CancellationToken cancellation, ProgressListener progress) throws Exception;
}
