package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.task.CancelledException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets the layer reader go on walking its tar while entries it already copied are analysed on worker
 * threads, and hands each entry's facts to the layer's collector in entry order, so the result is the
 * same as analysing in place. Memory stays bounded: at most {@link #MAX_BYTES_IN_FLIGHT} of copied
 * content and {@link #MAX_ENTRIES_IN_FLIGHT} entries wait; beyond that the reader waits for the oldest.
 * One queue serves one layer on one reading thread.
 */
final class AnalysisQueue {

    static final long MAX_BYTES_IN_FLIGHT = 64L << 20;
    static final int MAX_ENTRIES_IN_FLIGHT = 512;

    private static final ExecutorService WORKERS = workers();

    /** Work on copied content, run on a worker; answers what the analyzers said. */
    interface Analysis {
        void run(FactSink facts) throws IOException;
    }

    private record Pending(Future<EntryFacts> facts, long bytes) {
    }

    private final FactSink sink;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long bytesInFlight;

    AnalysisQueue(FactSink sink) {
        this.sink = sink;
    }

    /**
     * Analyses {@code bytes} of copied content on a worker, which adds to {@code facts} (the reading
     * thread no longer touches them); they follow those of earlier entries.
     */
    void submit(EntryFacts facts, long bytes, Analysis analysis) {
        Future<EntryFacts> future = CompletableFuture.supplyAsync(() -> {
            try {
                analysis.run(facts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return facts;
        }, WORKERS);
        add(new Pending(future, bytes));
    }

    /** Facts found in place (on the reading thread); they still wait for the entries before them. */
    void add(EntryFacts facts) {
        if (!facts.isEmpty()) {
            add(new Pending(CompletableFuture.completedFuture(facts), 0));
        }
    }

    private void add(Pending next) {
        pending.addLast(next);
        bytesInFlight += next.bytes();
        while (!pending.isEmpty() && (pending.peekFirst().facts().isDone() || bytesInFlight > MAX_BYTES_IN_FLIGHT
                || pending.size() > MAX_ENTRIES_IN_FLIGHT)) {
            replayOldest();
        }
    }

    /** Waits for every entry still being analysed and hands over its facts; call when the layer ends, also on failure. */
    void finish() {
        while (!pending.isEmpty()) {
            replayOldest();
        }
    }

    /** Stops waiting work (after a failure or cancel); facts not yet handed over are dropped. */
    void abandon() {
        pending.forEach(entry -> entry.facts().cancel(false));
        pending.clear();
        bytesInFlight = 0;
    }

    private void replayOldest() {
        Pending oldest = pending.removeFirst();
        bytesInFlight -= oldest.bytes();
        EntryFacts facts;
        try {
            facts = oldest.facts().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new CancelledException();
        } catch (ExecutionException e) {
            abandon();
            throw rethrown(e.getCause());
        }
        facts.replayInto(sink);
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "drydock-layer-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
