package dev.drydock.app.gui.editor;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.TextEdit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor control driven by a robot, headless. */
@ExtendWith(ApplicationExtension.class)
class DockerfileEditorRobotTest {

    private static final String TEXT = "FROM node:latest\nRUN echo \"hi\"\nEXPOSE 80\n";

    private final List<String> calls = new ArrayList<>();
    private DockerfileEditor editor;

    @Start
    void start(Stage stage) {
        editor = new DockerfileEditor(id -> Optional.empty());
        editor.setActions(new EditorActions() {
            @Override
            public void applyFix(Finding finding, Fix fix) {
                calls.add("apply " + finding.ruleId() + " " + fix.title());
            }

            @Override
            public void previewFix(Finding finding, Fix fix) {
                calls.add("preview " + fix.title());
            }

            @Override
            public void fixAllSafe() {
                calls.add("fix all");
            }

            @Override
            public void suppress(Finding finding, SuppressScope scope) {
                calls.add("suppress " + finding.ruleId() + " " + scope);
            }

            @Override
            public void explain(Finding finding) {
                calls.add("explain " + finding.ruleId());
            }
        });
        Scene scene = new Scene((javafx.scene.Parent) editor.node(), 800, 500);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Finding latestWithPin() {
        Fix pin = Fix.of("Pin node to 20", Fix.Safety.SAFE, TEXT, List.of(TextEdit.replace(10, 16, "20")));
        return Findings.on(TEXT, "latest", "DD001", Severity.WARNING, pin);
    }

    @Test
    void typingUpdatesTheHighlighting(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("run echo $HOME");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.text()).isEqualTo("run echo $HOME");
        assertThat(editor.area().getStyleOfChar(1)).contains("hl-instruction");
        assertThat(editor.area().getStyleOfChar(10)).contains("hl-variable");
        assertThat(editor.area().getStyleOfChar(6)).isEmpty();
    }

    @Test
    void findingsPutAMarkInTheGutterOfTheirLineAndUnderlineTheirExactRange(FxRobot robot) {
        Finding expose = Findings.on(TEXT, "80", "DD020", Severity.ERROR);
        fx(() -> editor.setText(TEXT));
        fx(() -> editor.showFindings(TEXT, List.of(latestWithPin(), expose)));

        assertThat(editor.gutterMarks()).containsEntry(0, new GutterMark(Severity.WARNING, true))
                .containsEntry(2, new GutterMark(Severity.ERROR, false)).hasSize(2);
        assertThat(robot.lookup(".gutter-mark.severity-warning").queryAll().stream().map(Node::getUserData)).containsExactly(0);
        assertThat(robot.lookup(".gutter-quick-fix").queryAll()).hasSize(1);
        int latest = TEXT.indexOf("latest");
        assertThat(editor.area().getStyleOfChar(latest)).contains("finding-warning");
        assertThat(editor.area().getStyleOfChar(latest + 5)).contains("finding-warning");
        assertThat(editor.area().getStyleOfChar(latest - 1)).doesNotContain("finding-warning");
        assertThat(editor.area().getStyleOfChar(TEXT.indexOf("80"))).contains("finding-error");
    }

    @Test
    void newFindingsRedrawOnlyTheGutterMarksThatChangedAndLeaveTheTextAlone(FxRobot robot) {
        Finding expose = Findings.on(TEXT, "80", "DD020", Severity.ERROR);
        fx(() -> editor.setText(TEXT));
        fx(() -> editor.showFindings(TEXT, List.of(latestWithPin())));
        Node firstLine = robot.lookup(".gutter-mark.severity-warning").query().getParent().getParent();
        List<String> texts = new ArrayList<>();
        fx(() -> editor.textProperty().addListener((obs, old, now) -> texts.add(now)));

        fx(() -> editor.showFindings(TEXT, List.of(latestWithPin(), expose)));

        assertThat(robot.lookup(".gutter-mark.severity-warning").query().getParent().getParent()).isSameAs(firstLine);
        assertThat(robot.lookup(".gutter-mark.severity-error").queryAll().stream().map(Node::getUserData)).containsExactly(2);
        assertThat(editor.area().getStyleOfChar(TEXT.indexOf("80"))).contains("finding-error");

        fx(() -> editor.showFindings(TEXT, List.of(expose)));

        assertThat(robot.lookup(".gutter-mark.severity-warning").queryAll()).isEmpty();
        assertThat(robot.lookup(".gutter-quick-fix").queryAll()).isEmpty();
        assertThat(editor.area().getStyleOfChar(TEXT.indexOf("latest"))).doesNotContain("finding-warning");
        assertThat(texts).isEmpty();
    }

    @Test
    void findingsForAnotherTextAreIgnored() {
        fx(() -> editor.setText(TEXT));
        fx(() -> editor.showFindings("FROM other\n", List.of(latestWithPin())));

        assertThat(editor.gutterMarks()).isEmpty();
    }

    @Test
    void altEnterOpensTheMenuWithTheFixAndChoosingItCallsTheAction(FxRobot robot) {
        fx(() -> editor.setText(TEXT));
        fx(() -> editor.showFindings(TEXT, List.of(latestWithPin())));
        robot.clickOn(editor.area());
        fx(() -> editor.area().moveTo(TEXT.indexOf("latest") + 2));

        robot.press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.isQuickFixMenuShowing()).isTrue();
        assertThat(robot.lookup(".quick-fix-item").queryAll()).isNotEmpty();
        robot.clickOn("Pin node to 20");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls).containsExactly("apply DD001 Pin node to 20");
    }

    @Test
    void applyFixChangesTheTextAsTheEngineDoesAndOneUndoRestoresIt() {
        Finding finding = latestWithPin();
        Fix fix = Fix.of("Pin and drop EXPOSE", Fix.Safety.SAFE, TEXT,
                List.of(TextEdit.replace(10, 16, "20"), TextEdit.delete(TEXT.indexOf("EXPOSE"), TEXT.length()),
                        TextEdit.insert(0, "# pinned\n")));
        fx(() -> editor.setText(TEXT));
        fx(() -> editor.showFindings(TEXT, List.of(finding)));

        fx(() -> editor.applyFix(fix));
        assertThat(editor.text()).isEqualTo(new FixApplier().apply(TEXT, fix));

        fx(() -> editor.area().undo());
        assertThat(editor.text()).isEqualTo(TEXT);
        assertThat(editor.area().isUndoAvailable()).isFalse();
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) {
        fx(() -> editor.setText("RUN apt-get update\nRUN apt-get install x\n"));
        robot.clickOn(editor.area());
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#find-query").write("apt-get");
        robot.clickOn("#find-replacement").write("apt");
        robot.clickOn("#find-replace-all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.text()).isEqualTo("RUN apt update\nRUN apt install x\n");
        fx(() -> editor.area().undo());
        assertThat(editor.text()).isEqualTo("RUN apt-get update\nRUN apt-get install x\n");
    }

    @Test
    void findSelectsTheNextMatch(FxRobot robot) {
        fx(() -> editor.setText("RUN a\nRUN b\n"));
        robot.clickOn(editor.area());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.clickOn("#find-query").write("run b");
        robot.clickOn("#find-next");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.area().getSelectedText()).isEqualTo("RUN b");
    }

    @Test
    void controlSlashTogglesTheCommentOfTheCaretLine(FxRobot robot) {
        fx(() -> editor.setText("FROM a\nRUN b\n"));
        robot.clickOn(editor.area());
        fx(() -> editor.area().moveTo(8));

        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.text()).isEqualTo("FROM a\n# RUN b\n");
        assertThat(editor.area().getStyleOfChar(8)).contains("hl-comment");

        fx(() -> editor.toggleComment());
        assertThat(editor.text()).isEqualTo("FROM a\nRUN b\n");
    }

    @Test
    void goToLineMovesTheCaret() {
        fx(() -> editor.setText("FROM a\nRUN b\nRUN c\n"));
        fx(() -> editor.goToLine(3));

        assertThat(editor.caretOffsetProperty().get()).isEqualTo(13);
    }
}
