package dev.drydock.app.cli;

import dev.drydock.core.task.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a long command: the JVM's shutdown starts, this hook cancels the command's token and
 * waits (a few seconds at most) until the command has stopped at a safe point, closed its streams and
 * said so, so nothing is left half-written. Installed for one command, removed when it ends.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private static final long WAIT_SECONDS = 10;

    private final CancellationToken token = CancellationToken.create();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook = new Thread(this::interrupted, "drydock-ctrl-c");

    private CancelOnInterrupt() {
    }

    static CancelOnInterrupt install() {
        CancelOnInterrupt cancel = new CancelOnInterrupt();
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    CancellationToken token() {
        return token;
    }

    /** What the hook does: cancel, then let the command finish its way out. */
    void interrupted() {
        token.cancel();
        try {
            stopped.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has stopped (done, failed or cancelled) and printed what it had to say. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C came: the hook is running and now returns
        }
    }
}
