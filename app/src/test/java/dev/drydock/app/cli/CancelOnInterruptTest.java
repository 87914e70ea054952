package dev.drydock.app.cli;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What Ctrl+C does to a running scan: the token is cancelled, and the hook waits until the command has stopped. */
class CancelOnInterruptTest {

    @Test
    void interruptCancelsTheTokenAndWaitsForTheCommandToStop() throws Exception {
        CancelOnInterrupt cancel = CancelOnInterrupt.install();
        Thread hook = new Thread(cancel::interrupted);
        hook.start();

        while (!cancel.token().isCancelled()) {
            Thread.onSpinWait();
        }
        hook.join(200);
        assertThat(hook.isAlive()).as("the hook waits while the command stops").isTrue();

        cancel.close();
        hook.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(hook.isAlive()).as("the hook returns once the command has stopped").isFalse();
    }
}
