package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.app.gui.connection.ScriptedBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.scan.ImageFindingRow;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.scan.SecretRow;
import dev.drydock.app.gui.shell.Page;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.settings.RecoveryStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Secrets tab's Reveal button (with its confirmation) and the Findings tab's way to the Dockerfile line. */
@ExtendWith(ApplicationExtension.class)
class ScanRevealAndDockerfileRobotTest {

    @TempDir
    static Path folder;

    private WorkbenchViewModel workbench;

    @Start
    void start(Stage stage) {
        workbench = DrydockApp.show(stage, new ScriptedBackend(), WorkbenchPreferences.inMemory(),
                RecoveryStore.besideSettings(folder.resolve("settings.json"))).workbench();
        workbench.scans().useInspector(ImageInspector.using(LayerCache.none()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.close()).get(5, TimeUnit.SECONDS);
    }

    private ImageScanViewModel scanned(FxRobot robot) throws Exception {
        Path tarball = ScanFixtures.tarball(folder);
        robot.clickOn("#nav-scans");
        ImageScanViewModel scan = fx(() -> workbench.scans().scanTarball(tarball));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> scan.stateProperty().get() != ImageScanViewModel.State.RUNNING));
        WaitForAsyncUtils.waitForFxEvents();
        return scan;
    }

    @Test
    void revealShowsTheClearLineAfterConfirmationAndHideMasksItAgain(FxRobot robot) throws Exception {
        ImageScanViewModel scan = scanned(robot);
        robot.clickOn("#scan-tab-secrets");
        @SuppressWarnings("unchecked")
        TableView<SecretRow> table = robot.lookup("#scan-secrets-table").queryAs(TableView.class);
        assertThat(cellTexts(robot)).noneMatch(text -> text.contains(ScanFixtures.VISIBLE_KEY) || text.contains(ScanFixtures.DELETED_KEY));

        robot.clickOn(fx(() -> revealButtons(robot).get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> scan.secretReveals().shownProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();

        SecretRow selected = fx(() -> table.getSelectionModel().getSelectedItem());
        assertThat(selected).isNotNull();
        assertThat(cellTexts(robot)).anyMatch(text -> text.contains(ScanFixtures.VISIBLE_KEY) || text.contains(ScanFixtures.DELETED_KEY));
        assertThat(fx(() -> revealButtons(robot).get(0).getText())).isEqualTo("Hide");

        robot.clickOn(fx(() -> revealButtons(robot).get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> scan.secretReveals().shownProperty().get())).isNull();
        assertThat(cellTexts(robot)).noneMatch(text -> text.contains(ScanFixtures.VISIBLE_KEY) || text.contains(ScanFixtures.DELETED_KEY));
    }

    @Test
    void doubleClickingATracedFindingOpensTheDockerfileAtItsInstruction(FxRobot robot) throws Exception {
        Path dockerfile = Files.writeString(folder.resolve("Dockerfile"), "FROM debian:10\n# the app\nCOPY app /app\nRUN rm -rf /app/old\n");
        ImageScanViewModel scan = scanned(robot);
        fx(() -> {
            scan.dockerfile().pathProperty().set(dockerfile);
            scan.findings().hideInheritedProperty().set(true);
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> scan.dockerfile().attributionProperty().get() != null));
        robot.clickOn("#scan-tab-findings");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ImageFindingRow> findings = robot.lookup("#scan-findings-table").queryAs(TableView.class);
        assertThat(cellTexts(robot)).contains("Dockerfile:3");

        Node row = fx(() -> robot.from(findings).lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getItem() instanceof ImageFindingRow item && item.ruleId().equals("DI1017")).query());
        robot.doubleClickOn(row);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> workbench.pageProperty().get() == Page.DOCKERFILES));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> robot.lookup("#dockerfile-editor").match(Node::isVisible)
                .tryQueryAs(CodeArea.class).map(area -> area.getCurrentParagraph() == 2 && area.getText().contains("COPY app"))
                .orElse(false)));
    }

    private static List<Button> revealButtons(FxRobot robot) {
        return robot.lookup(".scan-secret-reveal").match(Node::isVisible).queryAllAs(Button.class).stream()
                .filter(button -> button.getScene() != null).toList();
    }

    private static List<String> cellTexts(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).toList());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
