package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.seccomp.learn.LearnLabel;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's models on the real daemon: learning a short busybox workload opens its profile in the editor, and
 * verifying the editor's profile with the same workload passes; no learning container remains.
 */
@DaemonTest
class SeccompLearningViewModelDaemonTest {

    private final DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint());

    @AfterEach
    void close() {
        daemon.close();
    }

    @Test
    void learnsOpensInTheEditorAndVerifiesAsPassed() {
        TestImage image = TestImages.busybox();
        SeccompEditorViewModel editor = new SeccompEditorViewModel(UiTaskRunner.sameThread(), new ManualScheduler());
        editor.usePrompts(new ScriptedSeccompPrompts());
        SeccompLearningViewModel model = new SeccompLearningViewModel(UiTaskRunner.sameThread(),
                SeccompRuns.onDaemon(() -> daemon), editor, FXCollections.observableArrayList(daemon.listImages()),
                new SimpleBooleanProperty(true));
        assertThat(model.imageChoices()).contains(image.reference());
        model.form().imageProperty().set(image.reference());
        model.form().kindProperty().set(WorkloadKind.COMMAND_LINE);
        model.form().commandLineProperty().set("sh -c 'echo hi; cat /etc/hostname'");
        model.form().secondsProperty().set(10);

        model.learn();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.learnedProperty().get().converged()).isTrue();
        assertThat(model.learnedProperty().get().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("run 1 (exit status 0"));
        assertThat(editor.nameProperty().get()).endsWith("learned (new)");
        assertThat(editor.textProperty().get()).contains("\"SCMP_ACT_ERRNO\"", "\"write\"");
        assertThat(editor.analysisProperty().get().problems()).isEmpty();

        model.verify();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.verifiedProperty().get().lines()).contains("Result: passed")
                .anySatisfy(line -> assertThat(line).contains("unshare  denied"));
        assertThat(model.verifiedProperty().get().headline()).startsWith("Passed: ");
        assertThat(leftovers(image)).isEmpty();
    }

    private static List<String> leftovers(TestImage image) {
        return TestDocker.client().listContainersCmd().withShowAll(true).exec().stream()
                .filter(c -> c.getLabels() != null && c.getLabels().containsKey(LearnLabel.KEY))
                .filter(c -> image.reference().equals(c.getImage()) || image.id().equals(c.getImageId()))
                .map(c -> c.getId()).toList();
    }
}
