package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.seccomp.validation.SeccompProblem;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Seccomp page wired to its model on the FX thread with the real debounce and task runner: a
 * template opens, an edit in the editor lists a problem, selecting it moves the caret there, the fix
 * clears it, and the diff against the baseline shows the key-management call the edit allowed (risky, not in the baseline).
 */
@ExtendWith(ApplicationExtension.class)
class SeccompPageRobotTest {

    private UiTaskRunner runner;
    private SeccompEditorViewModel model;
    private SeccompPage page;
    private SeccompLearningViewModel learning;
    private final javafx.beans.property.SimpleBooleanProperty connected = new javafx.beans.property.SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        runner = UiTaskRunner.forFx();
        model = new SeccompEditorViewModel(runner, UiScheduler.fx());
        model.usePrompts(new ScriptedSeccompPrompts());
        learning = new SeccompLearningViewModel(runner, new FakeSeccompRuns(), model,
                javafx.collections.FXCollections.observableArrayList(), connected);
        page = new SeccompPage(model, learning);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(page.node()), 1200, 760);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void templateThenEditShowsAProblemThatTheFixClearsAndTheDiffShowsTheEdit(FxRobot robot) throws Exception {
        TextArea editor = robot.lookup("#seccomp-editor").queryAs(TextArea.class);
        ListView<SeccompProblem> problems = robot.lookup("#seccomp-problems").queryAs(ListView.class);
        ListView<DiffGroup> diff = robot.lookup("#seccomp-diff").queryAs(ListView.class);
        assertThat(fx(editor::isDisabled)).isTrue();

        robot.interact(() -> model.newFromTemplate(ProfileTemplate.STRICT));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> !model.analysisProperty().get().allowed().isEmpty()));
        assertThat(fx(editor::isDisabled)).isFalse();
        assertThat(fx(() -> robot.lookup("#seccomp-name").queryAs(Label.class).getText())).isEqualTo("strict template (new)");

        String template = fx(editor::getText);
        int at = template.indexOf("\"execve\"");
        robot.interact(() -> editor.replaceText(at, at + "\"execve\"".length(), "\"execve\", \"keyctl\", \"sleepy\""));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> problems.getItems().size()) == 1);
        assertThat(fx(() -> robot.lookup("#seccomp-name").queryAs(Label.class).getText())).endsWith(" •");
        SeccompProblem problem = fx(() -> problems.getItems().get(0));
        assertThat(problem.message()).contains("sleepy");

        robot.interact(() -> problems.getSelectionModel().select(0));
        int caret = fx(editor::getCaretPosition);
        assertThat(fx(editor::getText).substring(caret)).startsWith("\"sleepy\"");

        robot.interact(() -> {
            int start = editor.getText().indexOf(", \"sleepy\"");
            editor.replaceText(start, start + ", \"sleepy\"".length(), "");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> problems.getItems().isEmpty()));

        robot.interact(() -> robot.lookup("#seccomp-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        List<DiffGroup> groups = fx(() -> List.copyOf(diff.getItems()));
        assertThat(groups).anySatisfy(group -> {
            assertThat(group.added()).containsExactly("keyctl");
            assertThat(group.risky()).contains("keyctl");
        });
        assertThat(groups).anySatisfy(group -> assertThat(group.removed()).isNotEmpty());
        assertThat(fx(() -> robot.lookup("#seccomp-diff-reference").queryAs(Label.class).getText()))
                .isEqualTo("Compared with the baseline template");
        assertThat(fx(() -> robot.lookup("#seccomp-learn").query().isDisabled())).isTrue();
    }

    @Test
    void connectedEnablesTheButtonsAndALearnedProfileShowsItsSummaryAndOpensInTheEditor(FxRobot robot) throws Exception {
        assertThat(fx(() -> robot.lookup("#seccomp-verify").query().isDisabled())).isTrue();
        robot.interact(() -> connected.set(true));
        assertThat(fx(() -> robot.lookup("#seccomp-learn").query().isDisabled())).isFalse();
        assertThat(fx(() -> robot.lookup("#seccomp-verify").query().isDisabled())).as("no profile yet").isTrue();

        robot.interact(() -> {
            learning.form().imageProperty().set("busybox:test");
            learning.learn();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> learning.learnedProperty().get() != null));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> !model.analysisProperty().get().allowed().isEmpty()));
        assertThat(fx(() -> robot.lookup("#seccomp-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId())).isEqualTo("seccomp-learning-tab");
        assertThat(fx(() -> robot.lookup("#seccomp-learned-headline").queryAs(Label.class).getText()))
                .isEqualTo("Converged after 2 runs: 3 system calls allowed for busybox:test.");
        @SuppressWarnings("unchecked")
        ListView<String> runs = robot.lookup("#seccomp-learned-runs").queryAs(ListView.class);
        assertThat(fx(() -> List.copyOf(runs.getItems()))).anySatisfy(line -> assertThat(line)
                .isEqualTo("run 1 (exit status 0, 5 kernel records): 3 new: openat, read, write"));
        assertThat(fx(() -> robot.lookup("#seccomp-name").queryAs(Label.class).getText()))
                .isEqualTo("busybox-test learned (new) •");
        assertThat(fx(() -> robot.lookup("#seccomp-verify").query().isDisabled())).isFalse();

        robot.interact(learning::verify);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> learning.verifiedProperty().get() != null));
        assertThat(fx(() -> robot.lookup("#seccomp-verified-headline").queryAs(Label.class).getText()))
                .startsWith("Passed: busybox-test learned (new)");
    }
}
