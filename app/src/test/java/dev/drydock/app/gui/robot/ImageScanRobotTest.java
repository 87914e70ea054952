package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.scan.ImageFindingRow;
import dev.drydock.app.gui.scan.ImageScanViewModel;
import dev.drydock.app.gui.scan.PackageRow;
import dev.drydock.app.gui.scan.ScanFixtures;
import dev.drydock.app.gui.scan.SecretRow;
import dev.drydock.app.gui.scan.FileNode;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Scans page, driven by a robot: a tarball built in code is scanned, and each tab shows what it holds. */
@ExtendWith(ApplicationExtension.class)
class ImageScanRobotTest {

    @TempDir
    static Path folder;

    private WorkbenchViewModel workbench;

    @Start
    void start(Stage stage) {
        workbench = ScanWorkbench.show(stage, folder);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.close()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aScannedTarballShowsItsPackagesFilesSecretsAndFindings(FxRobot robot) throws Exception {
        Path tarball = ScanFixtures.tarball(folder);
        robot.clickOn("#nav-scans");
        assertThat(robot.lookup("#scans-empty").queryAs(Label.class).isVisible()).isTrue();

        ImageScanViewModel scan = fx(() -> workbench.scans().scanTarball(tarball));
        await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> scan.stateProperty().get() != ImageScanViewModel.State.RUNNING));
        assertThat(fx(() -> scan.stateProperty().get())).isEqualTo(ImageScanViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#scan-tab-packages");
        TableView<PackageRow> packages = table(robot, "#scan-packages-table");
        assertThat(fx(() -> List.copyOf(packages.getItems()))).extracting(PackageRow::name)
                .containsExactlyInAnyOrder("bash", "libc6", "left-pad");
        robot.clickOn("#scan-packages-search").write("left");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> List.copyOf(packages.getItems()))).extracting(PackageRow::name).containsExactly("left-pad");
        assertThat(robot.lookup("#scan-packages-count").queryAs(Label.class).getText()).isEqualTo("1 of 3 packages");

        robot.clickOn("#scan-tab-files");
        @SuppressWarnings("unchecked")
        TreeTableView<FileNode> tree = robot.lookup("#scan-files-tree").queryAs(TreeTableView.class);
        assertThat(fx(() -> names(tree.getRoot()))).contains("app", "bin", "etc");
        robot.clickOn("#scan-files-search").write("credentials");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = fx(() -> expandedPaths(tree.getRoot()));
        assertThat(shown).contains("app/.aws/credentials", "app/old/.aws/credentials").doesNotContain("etc/passwd");
        robot.clickOn("#scan-files-deleted");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scan-files-deleted").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(fx(() -> expandedPaths(tree.getRoot()))).contains("app/.aws/credentials").doesNotContain("app/old/.aws/credentials");

        robot.clickOn("#scan-tab-secrets");
        TableView<SecretRow> secrets = table(robot, "#scan-secrets-table");
        assertThat(fx(() -> List.copyOf(secrets.getItems()))).hasSize(2).allSatisfy(row ->
                assertThat(row.maskedEvidence()).doesNotContain(ScanFixtures.VISIBLE_KEY).doesNotContain(ScanFixtures.DELETED_KEY));
        assertThat(robot.lookup("#scan-secrets-note").queryAs(Label.class).getText()).contains("never keeps a secret in clear text");

        robot.clickOn("#scan-tab-findings");
        TableView<ImageFindingRow> findings = table(robot, "#scan-findings-table");
        int all = fx(() -> findings.getItems().size());
        assertThat(fx(() -> List.copyOf(findings.getItems()))).extracting(ImageFindingRow::ruleId).contains("DI1017");
        robot.clickOn("#scan-findings-hide-inherited");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> List.copyOf(findings.getItems()))).isNotEmpty().hasSizeLessThan(all).noneMatch(ImageFindingRow::inherited);

        robot.clickOn(fx(() -> firstRowOf(robot, findings)));
        WaitForAsyncUtils.waitForFxEvents();
        ImageFindingRow picked = fx(() -> findings.getSelectionModel().getSelectedItem());
        assertThat(picked).isNotNull();
        assertThat(robot.lookup("#rule-title").queryAs(Label.class).getText())
                .isEqualTo(fx(() -> scan.explanation().explanationProperty().get().title()));
        assertThat(fx(() -> scan.explanation().explanationProperty().get().ruleId())).isEqualTo(picked.ruleId());
    }

    @Test
    void aBrokenTarballSaysWhatIsWrongInTheScanTab(FxRobot robot) throws Exception {
        Path broken = java.nio.file.Files.writeString(folder.resolve("broken.tar"), "not a tar at all");
        robot.clickOn("#nav-scans");

        ImageScanViewModel scan = fx(() -> workbench.scans().scanTarball(broken));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> scan.stateProperty().get() == ImageScanViewModel.State.FAILED));
        WaitForAsyncUtils.waitForFxEvents();

        String shown = robot.lookup("#scan-body-message").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo(fx(() -> scan.problemProperty().get().message()
                + (scan.problemProperty().get().advice().isEmpty() ? "" : "\n\n" + scan.problemProperty().get().advice())));
        assertThat(robot.lookup("#scan-again").queryButton().isDisabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static Node firstRowOf(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell")
                .match((Node node) -> node instanceof TableRow<?> row && row.getIndex() == 0 && row.getItem() != null).query();
    }

    private static List<String> names(TreeItem<FileNode> root) {
        return root.getChildren().stream().map(item -> item.getValue().name()).toList();
    }

    /** The paths of the items shown (expanded parents only). */
    private static List<String> expandedPaths(TreeItem<FileNode> item) {
        List<String> paths = new ArrayList<>();
        for (TreeItem<FileNode> child : item.getChildren()) {
            paths.add(child.getValue().path());
            if (child.isExpanded()) {
                paths.addAll(expandedPaths(child));
            }
        }
        return paths;
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
