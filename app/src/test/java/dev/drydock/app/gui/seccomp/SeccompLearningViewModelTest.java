package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.ImageSummary;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeccompLearningViewModelTest {

    private final ScriptedSeccompPrompts prompts = new ScriptedSeccompPrompts();
    private final SeccompEditorViewModel editor = new SeccompEditorViewModel(UiTaskRunner.sameThread(),
            new ManualScheduler());
    private final FakeSeccompRuns runs = new FakeSeccompRuns();
    private final ObservableList<ImageSummary> images = FXCollections.observableArrayList();
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
    private final SeccompLearningViewModel model = new SeccompLearningViewModel(UiTaskRunner.sameThread(), runs,
            editor, images, connected);

    SeccompLearningViewModelTest() {
        editor.usePrompts(prompts);
    }

    private static ImageSummary image(String id, String... tags) {
        return new ImageSummary(id, List.of(tags), List.of(), 1, Instant.EPOCH, Map.of(), 0);
    }

    @Test
    void offlineBothAreDisabledAndTheTooltipSaysWhy() {
        connected.set(false);
        assertThat(model.canLearnProperty().get()).isFalse();
        assertThat(model.canVerifyProperty().get()).isFalse();
        assertThat(model.learnHintProperty().get()).isEqualTo(SeccompLearningViewModel.OFFLINE);
        assertThat(model.verifyHintProperty().get()).isEqualTo(SeccompLearningViewModel.OFFLINE);

        model.form().imageProperty().set("busybox:test");
        model.learn();
        assertThat(runs.learned).isEmpty();
        assertThat(model.errorProperty().get().message()).isEqualTo(SeccompLearningViewModel.OFFLINE);
    }

    @Test
    void connectedLearnIsReadyAndVerifyWaitsForAProfile() {
        assertThat(model.canLearnProperty().get()).isTrue();
        assertThat(model.canVerifyProperty().get()).isFalse();
        assertThat(model.verifyHintProperty().get()).isEqualTo(SeccompLearningViewModel.NO_PROFILE);
        editor.newFromTemplate(ProfileTemplate.STRICT);
        assertThat(model.canVerifyProperty().get()).isTrue();
    }

    @Test
    void theImageChoiceFollowsTheDaemonsImages() {
        images.setAll(image("sha256:" + "a".repeat(64), "nginx:1.27", "nginx:latest"),
                image("sha256:" + "b".repeat(64)));
        assertThat(model.imageChoices()).containsExactly("bbbbbbbbbbbb", "nginx:1.27", "nginx:latest");
        images.remove(1);
        assertThat(model.imageChoices()).containsExactly("nginx:1.27", "nginx:latest");
    }

    @Test
    void theFormSaysWhatIsMissingAndBuildsTheWorkload() {
        WorkloadForm form = model.form();
        assertThat(form.check().problem()).isEqualTo("Choose the image whose workload runs.");
        form.imageProperty().set("busybox:test");
        form.kindProperty().set(WorkloadKind.COMMAND_LINE);
        assertThat(form.check().problem()).startsWith("Write the command line");
        form.commandLineProperty().set("sh -c 'echo hi");
        assertThat(form.check().problem()).contains("unclosed single quote");
        form.commandLineProperty().set("sh -c 'echo hi; cat /etc/hostname'");
        form.secondsProperty().set(5);
        form.networkProperty().set(true);
        form.helperImageProperty().set(" helper:1 ");
        WorkloadForm.Checked checked = form.check();
        assertThat(checked.workload().orElseThrow().command()).containsExactly("sh", "-c", "echo hi; cat /etc/hostname");
        assertThat(checked.workload().orElseThrow().duration()).hasSeconds(5);
        assertThat(checked.workload().orElseThrow().network()).isTrue();
        assertThat(checked.options().helperImage()).contains("helper:1");

        form.kindProperty().set(WorkloadKind.SCRIPT);
        form.scriptProperty().set("# comment\n\necho a\n  cat /etc/hostname  \n");
        assertThat(form.check().workload().orElseThrow().script()).containsExactly("echo a", "cat /etc/hostname");
    }

    @Test
    void aLearnedProfileOpensAsANewUnsavedOneWithItsSummary() {
        model.form().imageProperty().set("busybox:test");
        model.learn();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isNull();
        SeccompLearningViewModel.LearningSummary summary = model.learnedProperty().get();
        assertThat(summary.headline()).isEqualTo("Converged after 2 runs: 3 system calls allowed for busybox:test.");
        assertThat(summary.lines()).containsExactly(
                "allowed from the start for the container runtime: execve",
                "run 1 (exit status 0, 5 kernel records): 3 new: openat, read, write",
                "run 2 (exit status 0, 0 kernel records): nothing new",
                "converged after 2 runs: the last two showed no new system call (the second after waiting out the"
                        + " kernel's log rate limit).");
        assertThat(editor.nameProperty().get()).isEqualTo("busybox-test learned (new)");
        assertThat(editor.dirtyProperty().get()).as("learned, not saved").isTrue();
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(editor.textProperty().get()).isEqualTo(summary.profileJson());
    }

    @Test
    void aNotConvergedLearningSaysHowToGetMoreRuns() {
        runs.converged = false;
        model.form().imageProperty().set("busybox:test");
        model.form().maxRunsProperty().set(2);
        model.learn();
        assertThat(model.learnedProperty().get().headline()).startsWith("Not converged after 2 runs");
        assertThat(model.learnedProperty().get().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("not converged: the limit of 2 runs came before two runs in a row").endsWith("(the dialog's \"Most runs\")."));
    }

    @Test
    void unsavedEditsAreAskedAboutAndKeptWhenTheUserCancels() {
        editor.newFromTemplate(ProfileTemplate.STRICT);
        editor.textProperty().set(editor.textProperty().get() + " ");
        prompts.unsavedAnswers.add(UnsavedChanges.CANCEL);
        model.form().imageProperty().set("busybox:test");
        model.learn();
        assertThat(prompts.asked).containsExactly("unsaved strict template (new)");
        assertThat(editor.nameProperty().get()).isEqualTo("strict template (new)");
        assertThat(model.learnedProperty().get()).as("the summary stays, to open later").isNotNull();

        prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        model.openInEditor();
        assertThat(editor.nameProperty().get()).isEqualTo("busybox-test learned (new)");
    }

    @Test
    void errorsReachTheUserInWordsWithTheGuisAdvice() {
        runs.failure = FakeSeccompRuns.noDmesg();
        model.form().imageProperty().set("scratch-app");
        model.learn();
        assertThat(model.errorProperty().get().message()).isEqualTo(
                "The kernel log could not be read: scratch-app has no working dmesg.");
        assertThat(model.errorProperty().get().advice()).contains("the dialog's \"Kernel log helper\"")
                .doesNotContain("--helper-image");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.learnedProperty().get()).isNull();

        runs.failure = new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN,
                "Drydock is not connected to a Docker daemon.", "Check the connection settings, then try again.");
        model.learn();
        assertThat(model.errorProperty().get().message()).isEqualTo("Drydock is not connected to a Docker daemon.");
    }

    @Test
    void verifyChecksTheEditorsProfileAndShowsTheReport() {
        editor.newFromTemplate(ProfileTemplate.STRICT);
        editor.textProperty().set("{ not json");
        model.form().imageProperty().set("busybox:test");
        model.verify();
        assertThat(runs.verified).isEmpty();
        assertThat(model.errorProperty().get().title()).isEqualTo("Cannot verify this profile");
        assertThat(model.errorProperty().get().advice()).contains("Fix the problems listed under the editor");

        prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        model.learn();
        model.verify();
        assertThat(runs.verified).hasSize(1);
        assertThat(model.errorProperty().get()).isNull();
        SeccompLearningViewModel.VerificationSummary report = model.verifiedProperty().get();
        assertThat(report.passed()).isTrue();
        assertThat(report.headline()).isEqualTo("Passed: busybox-test learned (new) with busybox:test.");
        assertThat(report.lines()).contains("Result: passed").anySatisfy(line -> assertThat(line)
                .startsWith("  mount    denied — mount a filesystem (mount): mount: permission denied"));
        assertThat(report.lines()).anySatisfy(line -> assertThat(line).startsWith("Not probed: "));

        model.learn();
        assertThat(model.verifiedProperty().get()).as("a new learning clears the old report").isNull();
    }
}
