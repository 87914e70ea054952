package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.shell.Page;
import dev.drydock.core.settings.RecoveredBuffer;
import dev.drydock.core.settings.RecoveryStore;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.drydock.app.gui.robot.DockerfilesWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No lost work: a buffer edited in one window is kept in the recovery folder a few seconds later;
 * when that window dies without its close handler, the next window over the same folder offers to
 * restore it, and Restore brings the edited text back into a tab.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterCrashRobotTest {

    private static final String EDITED = "FROM alpine:3.19\nRUN echo unsaved work";

    @TempDir
    Path dir;

    private RecoveryStore recovery;
    private DockerfilesWindow first;
    private DockerfilesWindow second;

    @Start
    void start(Stage stage) {
        recovery = new RecoveryStore(dir.resolve("recovery"));
        first = DockerfilesWindow.show(stage, recovery, DockerfilesWindow.choosers(Optional.empty(), dir, new ArrayList<>()));
    }

    @AfterEach
    void close() {
        first.close();
        if (second != null) {
            second.close();
        }
    }

    private List<RecoveredBuffer> kept() {
        return recovery.list().buffers();
    }

    @Test
    void theNextStartOffersTheUnsavedBufferAndRestoreBringsItBack(FxRobot robot) {
        first.goToDockerfiles(robot);
        robot.clickOn(first.lookup(robot, "#dockerfile-new").queryButton());
        robot.clickOn(first.editor(robot));
        robot.write(EDITED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.editorText(robot)).isEqualTo(EDITED);

        // The recovery copy is written a few seconds (3 s by default) after the first unsaved change.
        await().atMost(Duration.ofSeconds(8)).until(() -> kept().stream().anyMatch(buffer -> buffer.text().equals(EDITED)));
        assertThat(kept()).singleElement().satisfies(buffer -> {
            assertThat(buffer.file()).isEmpty();
            assertThat(buffer.displayName()).isEqualTo("Untitled 1");
        });

        // The crash: the window goes away without its close request (which would ask to save).
        fx(() -> {
            first.stage().hide();
            return null;
        });
        second = fx(() -> DockerfilesWindow.show(new Stage(), recovery,
                DockerfilesWindow.choosers(Optional.empty(), dir, new ArrayList<>())));

        await().atMost(DockerfilesWindow.PATIENCE).until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("One Dockerfile had unsaved changes when Drydock last stopped.");
        assertThat(ask.getContentText()).contains("Untitled 1");
        robot.clickOn(robot.from(ask).lookup((Button button) -> "Restore".equals(button.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        await().atMost(DockerfilesWindow.PATIENCE)
                .until(() -> fx(() -> second.shown().dockerfiles().workspace().documents().size()) == 1);
        DockerfileDocument restored = second.selectedDocument();
        assertThat(fx(restored::text)).isEqualTo(EDITED);
        assertThat(fx(restored::isDirty)).as("restored work is still unsaved").isTrue();
        assertThat(fx(() -> second.shown().workbench().pageProperty().get())).isEqualTo(Page.DOCKERFILES);
        await().atMost(DockerfilesWindow.PATIENCE).until(() -> EDITED.equals(second.editorText(robot)));
        assertThat(fx(() -> restored.titleProperty().get())).isEqualTo("Untitled 1" + DockerfileDocument.DIRTY_MARKER);
    }
}
