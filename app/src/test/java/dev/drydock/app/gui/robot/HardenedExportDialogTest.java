package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.export.HardenedExportDialog;
import dev.drydock.app.gui.export.HardenedExportViewModel;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.config.LintConfig;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.samples.SampleDockerfiles;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The export dialog shows the hardened diff and the changes, and Export writes the files and closes it. */
@ExtendWith(ApplicationExtension.class)
class HardenedExportDialogTest {

    @TempDir
    static Path dir;

    private final UiTaskRunner runner = UiTaskRunner.forFx();
    private HardenedExportDialog dialog;

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        HardenedExportViewModel model = new HardenedExportViewModel(new HardenedExportViewModel.Services(
                runner, DockerfileLinter.standard(), LintConfig.defaults(), fix -> false,
                suggested -> Optional.of(dir.resolve(suggested)), new RecordingPrompts(), () -> LocalDate.of(2025, 3, 14)),
                "Dockerfile", SampleDockerfiles.byId("classic-anti-patterns").orElseThrow().text());
        dialog = new HardenedExportDialog(model, stage);
        dialog.show();
    }

    @Test
    void showsTheDiffAndWritesTheFilesOnExport(FxRobot robot) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#export-diff").queryAs(TextArea.class).getText().isEmpty());
        assertThat(robot.lookup("#export-diff").queryAs(TextArea.class).getText()).contains("+COPY . /app");
        assertThat(robot.lookup("#export-changes").<ListView<?>>query().getItems()).isNotEmpty();

        robot.clickOn("#export-hardened");
        WaitForAsyncUtils.waitForFxEvents();

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("Dockerfile.changes.md")));
        assertThat(dir.resolve("Dockerfile")).content().contains("COPY . /app");
        await().atMost(Duration.ofSeconds(5)).until(() -> !dialog.dialog().isShowing());
    }
}
