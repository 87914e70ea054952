package dev.drydock.core.docker;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.EventSink;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** An event sink that remembers what it was told and on which threads. */
final class RecordingSink implements EventSink {

    final CountDownLatch opened = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    final List<DaemonEvent> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final AtomicReference<DaemonAccessException> closedWith = new AtomicReference<>();
    final AtomicInteger closedCalls = new AtomicInteger();

    @Override
    public void opened() {
        threads.add(Thread.currentThread().getName());
        opened.countDown();
    }

    @Override
    public void event(DaemonEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    @Override
    public void closed(DaemonAccessException error) {
        closedWith.set(error);
        closedCalls.incrementAndGet();
        closed.countDown();
    }

    boolean awaitOpened() throws InterruptedException {
        return opened.await(10, TimeUnit.SECONDS);
    }

    boolean awaitClosed() throws InterruptedException {
        return closed.await(10, TimeUnit.SECONDS);
    }

    List<String> actionsFor(String actorId) {
        return events.stream().filter(e -> e.actorId().equals(actorId)).map(DaemonEvent::baseAction).toList();
    }
}
