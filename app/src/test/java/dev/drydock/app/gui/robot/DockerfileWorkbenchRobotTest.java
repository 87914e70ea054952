package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.findings.FindingRow;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.settings.RecoveryStore;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.drydock.app.gui.robot.DockerfilesWindow.fx;
import static dev.drydock.app.gui.robot.DockerfilesWindow.having;
import static dev.drydock.app.gui.robot.DockerfilesWindow.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Dockerfiles page of the real window, driven as a user would: typing shows findings in the
 * table and the gutter, the quick fix does what the engine's fix says and one undo takes it back,
 * and Ctrl+S writes the file.
 */
@ExtendWith(ApplicationExtension.class)
class DockerfileWorkbenchRobotTest {

    /** A risky base image and {@code apt} where a script should use {@code apt-get} (DD3027, with a safe fix). */
    private static final String FIRST_LINE = "FROM node:latest";
    private static final String SECOND_LINE = "RUN apt install curl";

    @TempDir
    Path dir;

    private Path file;
    private DockerfilesWindow window;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.19\n");
        window = DockerfilesWindow.show(stage, new RecoveryStore(dir.resolve("recovery")),
                DockerfilesWindow.choosers(Optional.of(file), dir, new ArrayList<>()));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void typeRiskyDockerfile(FxRobot robot) {
        window.goToDockerfiles(robot);
        robot.clickOn(window.lookup(robot, "#dockerfile-new").queryButton());
        robot.clickOn(window.editor(robot));
        robot.write(FIRST_LINE).type(KeyCode.ENTER).write(SECOND_LINE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editorText(robot)).isEqualTo(FIRST_LINE + "\n" + SECOND_LINE);
    }

    @Test
    void typingARiskyInstructionShowsItsFindingInTheTableAndTheGutterOfItsLine(FxRobot robot) {
        typeRiskyDockerfile(robot);

        List<FindingRow> rows = window.awaitRows(having("DD3027"));

        FindingRow apt = row(rows, "DD3027").orElseThrow();
        assertThat(apt.line()).isEqualTo(2);
        assertThat(apt.severity()).isEqualTo(Severity.WARNING);
        assertThat(row(rows, "DD3007")).hasValueSatisfying(latest -> assertThat(latest.line()).isEqualTo(1));
        @SuppressWarnings("unchecked")
        List<FindingRow> shown = fx(() -> List.copyOf(window.lookup(robot, "#findings-table")
                .queryAs(javafx.scene.control.TableView.class).getItems()));
        assertThat(shown).contains(apt);
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> window.gutterLines(robot, Severity.WARNING).contains(1));
        assertThat(window.gutterLines(robot, Severity.WARNING)).contains(0, 1);
        assertThat(fx(() -> window.lookup(robot, ".gutter-quick-fix").queryAll().stream().map(node -> node.getUserData()).toList()))
                .contains(1);
    }

    @Test
    void theQuickFixChangesTheTextAsTheEngineSaysAndOneUndoRestoresTextAndFinding(FxRobot robot) {
        typeRiskyDockerfile(robot);
        FindingRow apt = row(window.awaitRows(having("DD3027")), "DD3027").orElseThrow();
        String before = window.editorText(robot);
        Finding finding = apt.finding();
        Fix fix = finding.fixes().get(0);
        String expected = new FixApplier().apply(before, fix);

        window.openQuickFixesFrom(robot, apt);
        DockerfilesWindow.clickQuickFix(robot, fix.title());

        assertThat(window.editorText(robot)).isEqualTo(expected).contains("RUN apt-get install curl");
        List<FindingRow> fixed = window.awaitRows(rows -> true);
        assertThat(row(fixed, "DD3027")).isEmpty();
        assertThat(row(fixed, "DD3007")).isPresent();

        robot.clickOn(window.editor(robot));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.editorText(robot)).isEqualTo(before);
        FindingRow back = row(window.awaitRows(having("DD3027")), "DD3027").orElseThrow();
        assertThat(back.finding().textRange()).isEqualTo(finding.textRange());
        assertThat(back.finding().fixes()).extracting(Fix::title).containsExactly(fix.title());
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> window.gutterLines(robot, Severity.WARNING).contains(1));
    }

    @Test
    void ctrlSWritesTheOpenedFileAndClearsTheDirtyMarker(FxRobot robot) throws IOException {
        window.goToDockerfiles(robot);
        robot.clickOn(window.lookup(robot, "#dockerfile-open").queryButton());
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> fx(() -> window.shown().dockerfiles().workspace().documents().size()) == 1);
        DockerfileDocument document = window.selectedDocument();
        assertThat(document.path()).contains(file.toAbsolutePath().normalize());
        TabPane tabs = window.lookup(robot, "#dockerfile-tabs").queryAs(TabPane.class);
        assertThat(fx(() -> tabs.getTabs().get(0).getText())).isEqualTo("Dockerfile");

        robot.clickOn(window.editor(robot));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("USER 65534");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> tabs.getTabs().get(0).getText())).isEqualTo("Dockerfile" + DockerfileDocument.DIRTY_MARKER);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        await().atMost(DockerfilesWindow.PATIENCE).until(() -> "Dockerfile".equals(fx(() -> tabs.getTabs().get(0).getText())));
        assertThat(Files.readString(file)).isEqualTo("FROM alpine:3.19\nUSER 65534");
        assertThat(window.editorText(robot)).isEqualTo("FROM alpine:3.19\nUSER 65534");
        assertThat(fx(document::isDirty)).isFalse();
    }
}
