package dev.drydock.app.gui.live;

import dev.drydock.app.gui.Rows;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ListChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LiveFeedTest {

    private final List<Runnable> posted = new ArrayList<>();
    private final List<Object> delivered = new ArrayList<>();
    private final LiveFeed feed = new LiveFeed(posted::add, new LiveFeed.Target() {
        @Override
        public void connectionChanged(ConnectionState state) {
            delivered.add(state.status());
        }

        @Override
        public void containersChanged(ListChange<ContainerSummary> change) {
            delivered.add(change);
        }

        @Override
        public void imagesChanged(ListChange<ImageSummary> change) {
            delivered.add(change);
        }
    });

    private static ConnectionState state(ConnectionState.Status status) {
        return new ConnectionState(status, DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default socket"), null, null, 0, null);
    }

    @Test
    void manyChangesBeforeTheUiThreadRunsBecomeOneHopWithOneChangePerList() {
        for (int i = 0; i < 500; i++) {
            feed.containersChanged(new ListChange<>(false, List.of(Rows.container("c" + i, "n" + i, "running")), Set.of()));
        }
        feed.connectionChanged(state(ConnectionState.Status.CONNECTING));
        feed.connectionChanged(state(ConnectionState.Status.CONNECTED));

        assertThat(posted).hasSize(1);
        posted.get(0).run();

        assertThat(delivered).hasSize(2);
        @SuppressWarnings("unchecked")
        ListChange<ContainerSummary> change = (ListChange<ContainerSummary>) delivered.get(0);
        assertThat(change.upserted()).hasSize(500);
        assertThat(delivered.get(1)).isEqualTo(ConnectionState.Status.CONNECTED);
    }

    @Test
    void changesAfterADeliveryPostAgain() {
        feed.imagesChanged(ListChange.resetTo(List.of(Rows.image("sha256:1", "a:1", 10))));
        posted.get(0).run();
        feed.imagesChanged(ListChange.resetTo(List.of()));
        assertThat(posted).hasSize(2);
    }

    @Test
    void aClosedFeedDeliversNothing() {
        feed.containersChanged(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        feed.close();
        posted.forEach(Runnable::run);
        feed.containersChanged(ListChange.resetTo(List.of()));
        assertThat(delivered).isEmpty();
        assertThat(posted).hasSize(1);
    }
}
