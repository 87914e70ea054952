package dev.drydock.app.gui.task;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class UiSchedulerTest {

    @Test
    void dueActionsRunOnTheUiExecutorAndCancelledOnesNever() throws InterruptedException {
        AtomicInteger handedOver = new AtomicInteger();
        Executor ui = command -> {
            handedOver.incrementAndGet();
            command.run();
        };
        UiScheduler scheduler = UiScheduler.using(ui);
        AtomicInteger cancelledRuns = new AtomicInteger();
        scheduler.schedule(Duration.ofMillis(5), cancelledRuns::incrementAndGet).cancel();
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(20), ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRuns).hasValue(0);
        assertThat(handedOver.get()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theManualSchedulerRunsOnlyWhatFallsDueInOrder() {
        ManualScheduler scheduler = new ManualScheduler();
        StringBuilder order = new StringBuilder();
        scheduler.schedule(Duration.ofMillis(30), () -> order.append('b'));
        scheduler.schedule(Duration.ofMillis(10), () -> order.append('a'));
        scheduler.schedule(Duration.ofMillis(50), () -> order.append('c'));
        scheduler.advanceMillis(30);
        assertThat(order).hasToString("ab");
        assertThat(scheduler.pendingCount()).isEqualTo(1);
    }
}
