package dev.drydock.app.gui.dockerfiles.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** A worker that runs nothing until the test says so: work "in flight" stays in flight. */
final class QueuedWorker implements Executor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int submitted;

    @Override
    public void execute(Runnable command) {
        submitted++;
        queue.add(command);
    }

    /** Runs the oldest waiting piece of work. */
    void runNext() {
        queue.remove().run();
    }

    void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    int waiting() {
        return queue.size();
    }

    int submitted() {
        return submitted;
    }
}
