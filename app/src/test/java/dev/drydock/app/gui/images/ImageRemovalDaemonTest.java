package dev.drydock.app.gui.images;

import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.live.ListChange;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Removing images against the real daemon, including the "in use → force?" second question. */
@DaemonTest
class ImageRemovalDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;
    private final RecordingPrompts prompts = new RecordingPrompts();
    private ImagesViewModel model;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        model = new ImagesViewModel(UiTaskRunner.sameThread(), () -> daemon, prompts);
    }

    @AfterEach
    void disconnect() {
        daemon.close();
    }

    /** An image with an id of its own (same-content images would share one id under several tags). */
    private static TestImage uniqueImage(String name) {
        String tag = TestImages.uniqueTag(name);
        return TestImages.load(TestImages.tinyArchive(tag).label("dev.drydock.test.unique", tag));
    }

    private void select(TestImage image) {
        ImageSummary summary = daemon.listImages().stream().filter(i -> i.id().equals(image.id())).findFirst().orElseThrow();
        model.apply(ListChange.resetTo(List.of(summary)));
        model.select(summary);
    }

    @Test
    void anUnusedImageIsRemovedAfterOneQuestion() {
        TestImage image = uniqueImage("gui-remove");
        select(image);
        prompts.answering(true);
        model.remove();
        assertThat(prompts.asked).hasSize(1);
        assertThatThrownBy(() -> daemon.inspectImage(image.reference())).isInstanceOf(DaemonAccessException.class);
    }

    @Test
    void anImageInUseIsOnlyForcedAfterASecondQuestion() {
        TestImage image = uniqueImage("gui-in-use");
        containers.create(image);
        select(image);

        prompts.answering(true, false);
        model.remove();
        assertThat(prompts.asked).extracting(q -> q.action()).containsExactly("Remove", "Force remove");
        assertThat(daemon.inspectImage(image.reference()).id()).isEqualTo(image.id());

        prompts.asked.clear();
        prompts.answering(true, true);
        model.remove();
        assertThat(prompts.asked).hasSize(2);
        assertThatThrownBy(() -> daemon.inspectImage(image.reference())).isInstanceOf(DaemonAccessException.class);
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void historyIsLoadedOnlyWhenAskedFor() {
        TestImage image = uniqueImage("gui-history");
        select(image);
        assertThat(model.details().detailsProperty().get().repoTags()).contains(image.reference());
        assertThat(model.history().detailsProperty().get()).isNull();
        model.loadHistory();
        assertThat(model.history().detailsProperty().get()).extracting(h -> h.createdBy())
                .anyMatch(text -> text.contains("COPY hello.txt"));
    }
}
