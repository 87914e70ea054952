package dev.drydock.core.daemon.live;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState.Status;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live lists follow what happens on the real daemon, through its events. */
@DaemonTest
class LiveDaemonStateDaemonTest {

    static final BackoffPolicy QUICK = new BackoffPolicy(Duration.ofMillis(50), Duration.ofMillis(400), 2);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final TestContainers containers = new TestContainers();
    private final LiveRecorder recorder = new LiveRecorder();
    private LiveDaemonState live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private void connect(DockerEndpoint endpoint, LiveListener... more) {
        live = new LiveDaemonState(DockerDaemons::open, endpoint, QUICK);
        live.addListener(recorder);
        for (LiveListener listener : more) {
            live.addListener(listener);
        }
        live.start();
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
    }

    private Optional<ContainerSummary> row(String id) {
        return live.containers().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private boolean hasImage(String id) {
        return live.images().stream().map(ImageSummary::id).anyMatch(id::equals);
    }

    @Test
    void connectingLoadsBothListsBeforeSayingConnected() {
        String existing = containers.create(TestImages.busybox());
        connect(TestDocker.endpoint());

        assertThat(recorder.states).extracting(ConnectionState::status).containsExactly(Status.CONNECTING, Status.CONNECTED);
        assertThat(row(existing)).isPresent();
        assertThat(live.images()).extracting(ImageSummary::id).contains(TestImages.busybox().id());
        assertThat(live.info()).hasValueSatisfying(info -> assertThat(info.apiVersion()).isNotBlank());
        assertThat(recorder.containerResets()).isEqualTo(1);
        assertThat(recorder.imageChanges).first().matches(ListChange::reset);
    }

    @Test
    void createdContainerAppearsStartChangesItsStateRemovalRemovesIt() {
        connect(TestDocker.endpoint());

        String id = containers.create(TestImages.busybox(), cmd -> cmd.withCmd("sleep", "600")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")));
        await().atMost(PATIENCE).until(() -> row(id).map(ContainerSummary::state).orElse(""), "created"::equals);

        TestDocker.client().startContainerCmd(id).exec();
        await().atMost(PATIENCE).until(() -> row(id).map(ContainerSummary::state).orElse(""), "running"::equals);

        TestDocker.client().removeContainerCmd(id).withForce(true).exec();
        await().atMost(PATIENCE).until(() -> row(id).isEmpty());

        assertThat(recorder.containerUpsertedIncrementally(id, "created")).isTrue();
        assertThat(recorder.containerUpsertedIncrementally(id, "running")).isTrue();
        assertThat(recorder.containerRemovedIncrementally(id)).isTrue();
        assertThat(recorder.containerResets()).as("followed through events, never reloaded").isEqualTo(1);
    }

    @Test
    void loadedImageAppearsAndRemovedImageDisappears() {
        connect(TestDocker.endpoint());

        TestImage image = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("live")));
        await().atMost(PATIENCE).until(() -> hasImage(image.id()));

        TestDocker.client().removeImageCmd(image.id()).withForce(true).exec();
        await().atMost(PATIENCE).until(() -> !hasImage(image.id()));

        assertThat(recorder.imageChanges).filteredOn(c -> !c.reset())
                .anyMatch(c -> c.upserted().stream().anyMatch(i -> i.id().equals(image.id())))
                .anyMatch(c -> c.removedIds().contains(image.id()));
    }

    @Test
    void retryNowWhileConnectedReloadsBothLists() {
        connect(TestDocker.endpoint());

        live.retryNow();

        await().atMost(PATIENCE).until(() -> recorder.containerResets() == 2
                && recorder.imageChanges.stream().filter(ListChange::reset).count() == 2);
        assertThat(live.connectionState().connected()).isTrue();
    }

    @Test
    void listenerAddedLaterGetsTheCurrentStateAndListsFirst() {
        String existing = containers.create(TestImages.busybox());
        connect(TestDocker.endpoint());
        LiveRecorder late = new LiveRecorder();

        live.addListener(late);

        await().atMost(PATIENCE).until(() -> late.imageChanges.size() == 1);
        assertThat(late.states).extracting(ConnectionState::status).containsExactly(Status.CONNECTED);
        assertThat(late.containerChanges).singleElement().satisfies(change -> {
            assertThat(change.reset()).isTrue();
            assertThat(change.upserted()).extracting(ContainerSummary::id).contains(existing);
        });
    }

    @Test
    void listenerThatThrowsDoesNotStopTheUpdates() {
        LiveListener broken = new LiveListener() {
            @Override
            public void connectionChanged(ConnectionState state) {
                throw new IllegalStateException("broken listener (expected in this test)");
            }

            @Override
            public void containersChanged(ListChange<ContainerSummary> change) {
                throw new IllegalStateException("broken listener (expected in this test)");
            }

            @Override
            public void imagesChanged(ListChange<ImageSummary> change) {
                throw new IllegalStateException("broken listener (expected in this test)");
            }
        };
        connect(TestDocker.endpoint(), broken);

        String id = containers.create(TestImages.busybox());

        await().atMost(PATIENCE).until(() -> row(id).isPresent());
        assertThat(recorder.containerUpsertedIncrementally(id, "created")).isTrue();
    }

    @Test
    void switchingEndpointsEmptiesTheListsAndFollowsTheOtherDaemon() {
        String existing = containers.create(TestImages.busybox());
        DockerEndpoint nowhere = DockerEndpoint.of("unix:///nonexistent/drydock-test.sock", "test");
        live = new LiveDaemonState(DockerDaemons::open, nowhere, QUICK);
        live.addListener(recorder);
        live.start();
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING));

        live.switchEndpoint(TestDocker.endpoint());
        await().atMost(PATIENCE).until(() -> live.connectionState().connected());
        assertThat(row(existing)).isPresent();
        assertThat(live.endpoint()).isEqualTo(TestDocker.endpoint());

        live.switchEndpoint(nowhere);
        await().atMost(PATIENCE).until(() -> recorder.lastIs(Status.RECONNECTING));
        assertThat(live.containers()).isEmpty();
        assertThat(live.images()).isEmpty();
        assertThat(live.info()).isEmpty();
    }
}
