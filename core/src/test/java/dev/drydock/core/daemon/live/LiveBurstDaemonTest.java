package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.EventSubscription;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.PATIENCE;
import static dev.drydock.core.daemon.live.LiveDaemonStateDaemonTest.QUICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many containers created at once cost one list request, not one lookup each. The worker is held
 * inside a listener while the containers are created, so their events queue up as one burst.
 */
@DaemonTest
class LiveBurstDaemonTest {

    private static final int BURST = LiveSession.FULL_RELIST_THRESHOLD + 10;
    private static final String GATE_LABEL = "dev.drydock.test.gate";

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    @Test
    void burstOfCreatedContainersIsListedOnceInsteadOfLookedUpOneByOne() throws Exception {
        AtomicReference<RequestCountingDaemon> counting = new AtomicReference<>();
        HoldingListener holder = new HoldingListener();
        try (LiveDaemonState live = new LiveDaemonState(
                endpoint -> counting.updateAndGet(old -> new RequestCountingDaemon(DockerDaemons.open(endpoint))),
                TestDocker.endpoint(), QUICK);
             DockerDaemon observer = DockerDaemons.open(TestDocker.endpoint())) {
            live.addListener(holder);
            live.start();
            await().atMost(PATIENCE).until(() -> live.connectionState().connected());

            containers.create(TestImages.busybox(), cmd -> cmd.withLabels(Map.of(GATE_LABEL, "yes")));
            assertThat(holder.held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("worker held by the gate").isTrue();
            int listsBefore = counting.get().containerLists.get();

            List<String> burst = new ArrayList<>();
            try (CreateCounter created = new CreateCounter(observer, containers.runId())) {
                for (int i = 0; i < BURST; i++) {
                    burst.add(containers.create(TestImages.busybox()));
                }
                await().atMost(PATIENCE).until(() -> created.count.get() >= BURST);
            } finally {
                holder.release.countDown();
            }

            await().atMost(PATIENCE).until(() -> live.containers().stream().map(ContainerSummary::id)
                    .collect(Collectors.toSet()).containsAll(burst));
            int lists = counting.get().containerLists.get() - listsBefore;
            long lookups = burst.stream().filter(counting.get().containersLookedUp::contains).count();
            assertThat(lists).as("full lists for the burst").isPositive();
            assertThat(lists + lookups).as("requests for " + BURST + " new containers").isLessThan(10);
        }
    }

    /** Holds the worker thread inside the listener call that reports the gate container. */
    private static final class HoldingListener implements LiveListener {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void containersChanged(ListChange<ContainerSummary> change) {
            boolean gate = !change.reset() && change.upserted().stream().anyMatch(c -> c.labels().containsKey(GATE_LABEL));
            if (gate && held.getCount() > 0) {
                held.countDown();
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void connectionChanged(ConnectionState state) {
        }

        @Override
        public void imagesChanged(ListChange<ImageSummary> change) {
        }
    }

    /** Counts container create events of one test run on its own event stream. */
    private static final class CreateCounter implements EventSink, AutoCloseable {
        final AtomicInteger count = new AtomicInteger();
        private final CountDownLatch opened = new CountDownLatch(1);
        private final String runId;
        private final EventSubscription subscription;

        CreateCounter(DockerDaemon daemon, String runId) throws InterruptedException {
            this.runId = runId;
            this.subscription = daemon.subscribeEvents(null, this);
            assertThat(opened.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("event stream open").isTrue();
        }

        @Override
        public void opened() {
            opened.countDown();
        }

        @Override
        public void event(DaemonEvent event) {
            if (event.isContainer() && "create".equals(event.action())
                    && runId.equals(event.attributes().get(TestImages.RUN_LABEL))
                    && !event.attributes().containsKey(GATE_LABEL)) {
                count.incrementAndGet();
            }
        }

        @Override
        public void closed(DaemonAccessException error) {
        }

        @Override
        public void close() {
            subscription.close();
        }
    }
}
