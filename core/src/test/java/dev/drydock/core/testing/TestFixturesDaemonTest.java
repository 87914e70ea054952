package dev.drydock.core.testing;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixtures themselves: images load and run, containers are labelled and cleaned up. */
@DaemonTest
class TestFixturesDaemonTest {

    @Test
    void busyboxImageRunsSleep() {
        try (TestContainers containers = new TestContainers()) {
            String id = containers.createRunning(TestImages.busybox());
            InspectContainerResponse container = TestDocker.client().inspectContainerCmd(id).exec();
            assertThat(container.getState().getRunning()).isTrue();
            assertThat(container.getConfig().getLabels()).containsEntry("dev.drydock.test", containers.runId());
        }
    }

    @Test
    void busyboxImageIsSharedPerLabelSetAndCarriesTheLabels() {
        TestImage plain = TestImages.busybox();
        assertThat(TestImages.busybox()).isSameAs(plain);
        TestImage labelled = TestImages.busybox(Map.of("purpose", "fixture-test"));
        InspectImageResponse image = TestDocker.client().inspectImageCmd(labelled.reference()).exec();
        assertThat(image.getConfig().getLabels())
                .containsEntry("purpose", "fixture-test")
                .containsEntry(TestImages.RUN_LABEL, TestImages.RUN_ID);
        assertThat(image.getRepoTags()).contains(labelled.reference());
    }

    @Test
    void tinyImageLoadsUnderItsTag() {
        TestImage tiny = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("tiny")));
        assertThat(TestDocker.client().inspectImageCmd(tiny.reference()).exec().getId()).isEqualTo(tiny.id());
    }

    @Test
    void closeRemovesEveryLabelledContainer() {
        TestContainers containers = new TestContainers();
        String stopped = containers.create(TestImages.busybox());
        String running = containers.createRunning(TestImages.busybox());
        containers.close();
        assertThat(TestDocker.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(containers.labels()).exec()).isEmpty();
        assertThat(stopped).isNotEqualTo(running);
    }
}
