package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventBatchTest {

    private static DaemonEvent container(String action, String id) {
        return new DaemonEvent("container", action, id, Map.of(), Instant.EPOCH);
    }

    private static DaemonEvent image(String action) {
        return new DaemonEvent("image", action, "sha256:abc", Map.of(), Instant.EPOCH);
    }

    private static EventBatch of(DaemonEvent... events) {
        return EventBatch.of(List.of(events));
    }

    @Test
    void createAndStartRefreshTheContainerOnce() {
        assertThat(of(container("create", "c1"), container("start", "c1"))).isEqualTo(new EventBatch(Set.of("c1"), Set.of(), false));
    }

    @Test
    void destroyNeedsNoLookup() {
        assertThat(of(container("die", "c1"), container("destroy", "c1"))).isEqualTo(new EventBatch(Set.of(), Set.of("c1"), false));
    }

    @Test
    void execAndAttachDoNotChangeTheList() {
        assertThat(of(container("exec_start: sh -c ls", "c1"), container("exec_die", "c1"), container("attach", "c1")).containersChanged()).isFalse();
    }

    @Test
    void healthStatusChangesTheStatusText() {
        assertThat(of(container("health_status: healthy", "c1")).refresh()).containsExactly("c1");
    }

    @Test
    void imageEventsChangeTheImageList() {
        assertThat(of(image("tag")).imagesChanged()).isTrue();
        assertThat(of(image("delete")).imagesChanged()).isTrue();
        assertThat(of(image("load")).imagesChanged()).isTrue();
    }

    @Test
    void pushAndSaveLeaveTheImageListAlone() {
        assertThat(of(image("push"), image("save")).imagesChanged()).isFalse();
    }

    @Test
    void commitMakesAnImage() {
        assertThat(of(container("commit", "c1")).imagesChanged()).isTrue();
    }

    @Test
    void networkAndVolumeEventsChangeNothing() {
        EventBatch batch = of(new DaemonEvent("network", "connect", "n1", Map.of(), Instant.EPOCH),
                new DaemonEvent("volume", "create", "v1", Map.of(), Instant.EPOCH));
        assertThat(batch.containersChanged() || batch.imagesChanged()).isFalse();
    }
}
