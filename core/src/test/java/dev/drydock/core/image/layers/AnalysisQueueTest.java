package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.MalwareFact;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.SecretFact;
import dev.drydock.core.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisQueueTest {

    private final NoteList sink = new NoteList();
    private final AnalysisQueue queue = new AnalysisQueue(sink);

    @Test
    void factsArriveInEntryOrderEvenWhenALaterEntryFinishesFirst() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        queue.submit(notes("a"), 10, facts -> {
            await(release);
            facts.note("a", "analysed");
        });
        EntryFacts inPlace = notes("b");
        queue.add(inPlace);
        queue.submit(notes("c"), 10, facts -> facts.note("c", "analysed"));

        assertThat(sink.notes).isEmpty();
        release.countDown();
        queue.finish();

        assertThat(sink.notes).containsExactly("a: wanted", "a: analysed", "b: wanted", "c: wanted", "c: analysed");
    }

    @Test
    void theReaderWaitsForTheOldestEntryWhenTooMuchContentIsInFlight() {
        List<String> order = new ArrayList<>();
        queue.submit(notes("big"), AnalysisQueue.MAX_BYTES_IN_FLIGHT, facts -> {
            sleep(200);
            synchronized (order) {
                order.add("analysed big");
            }
        });
        queue.submit(notes("more"), 1, facts -> { });
        synchronized (order) {
            order.add("reader goes on");
        }

        assertThat(order).containsExactly("analysed big", "reader goes on");
        assertThat(sink.notes).startsWith("big: wanted");
        queue.finish();
    }

    @Test
    void aCancelledAnalysisCancelsTheLayer() {
        assertThatThrownBy(() -> {
            queue.submit(notes("a"), 1, facts -> {
                throw new CancelledException();
            });
            queue.finish();
        }).isInstanceOf(CancelledException.class);
    }

    @Test
    void emptyFactsFoundInPlaceAreNotQueued() {
        queue.add(new EntryFacts());
        queue.finish();

        assertThat(sink.notes).isEmpty();
    }

    private static EntryFacts notes(String path) {
        EntryFacts facts = new EntryFacts();
        facts.note(path, "wanted");
        return facts;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the notes in the order the queue hands them over; the queue must never call it from a worker. */
    private static final class NoteList implements FactSink {
        final List<String> notes = new ArrayList<>();
        final Thread owner = Thread.currentThread();

        @Override
        public void osRelease(OsReleaseFact fact) {
        }

        @Override
        public void packageFound(PackageFact fact) {
        }

        @Override
        public void accounts(AccountsFact fact) {
        }

        @Override
        public void secret(SecretFact fact) {
        }

        @Override
        public void malware(MalwareFact fact) {
        }

        @Override
        public void note(String path, String message) {
            assertThat(Thread.currentThread()).isSameAs(owner);
            notes.add(path + ": " + message);
        }
    }
}
