package dev.drydock.app.gui.audit;

import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import javafx.scene.Scene;
import dev.drydock.core.audit.harden.HardeningKind;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Audit tab on screen: a privileged container's audit, the formats and the Copy button. */
@DaemonTest
@ExtendWith(ApplicationExtension.class)
class ContainerAuditViewRobotTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private final DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint());
    private final UiTaskRunner runner = UiTaskRunner.forFx();
    private final RecordingPrompts prompts = new RecordingPrompts();
    private final ContainerAuditViewModel model = new ContainerAuditViewModel(runner, () -> daemon, prompts);

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new javafx.scene.layout.StackPane(new ContainerAuditView(model).node()), 1000, 700);
        scene.getStylesheets().addAll(Stylesheet.urls());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        daemon.close();
    }

    @Test
    void auditsTheSelectedContainerAndCopiesTheHardenedRun(FxRobot robot) throws Exception {
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withHostConfig(
                HostConfig.newHostConfig().withPrivileged(true).withNetworkMode("none")));

        robot.interact(() -> model.show(id, "privileged-one"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.auditedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> findings = robot.lookup("#container-audit-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).extracting(row -> ((AuditFindingRow) row).checkId()).contains("DC5005");
        assertThat(robot.lookup("#container-audit-counts").queryAs(Label.class).getText()).contains("error");
        assertThat(robot.lookup("#container-audit-score").queryAs(Label.class).getText()).matches("Score \\d+/100");

        // Tabs and the Copy button are worked through their models: the audit sits in a scroll pane that may
        // put them outside the small headless screen, where a robot click cannot reach.
        robot.interact(() -> selectTab(robot, "Kubernetes"));
        assertThat(robot.lookup("#container-audit-kubernetes").queryAs(TextArea.class).getText()).contains("securityContext");

        robot.interact(() -> selectTab(robot, "docker run"));
        Button copy = robot.lookup("#container-audit-docker-run-copy").queryAs(Button.class);
        robot.interact(copy::fire);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(copied).startsWith("docker run").doesNotContain("--privileged");
    }

    @Test
    void switchingAnOptionOffPutsItsFlagBackAndNamesTheFindingLeftUnfixed(FxRobot robot) throws Exception {
        auditPrivileged(robot);
        CheckBox unprivileged = robot.lookup("#container-audit-option-no-privileged").queryAs(CheckBox.class);
        assertThat(unprivileged.isSelected()).isTrue();
        TextArea dockerRun = robot.lookup("#container-audit-docker-run").queryAs(TextArea.class);
        assertThat(dockerRun.getText()).doesNotContain("--privileged");

        robot.interact(unprivileged::fire);

        assertThat(dockerRun.getText()).contains("--privileged");
        assertThat(robot.lookup("#container-audit-compose").queryAs(TextArea.class).getText()).contains("privileged: true");
        assertThat(robot.lookup("#container-audit-unfixed").queryAs(Label.class).getText()).contains("DC5005");
        assertThat(model.options()).filteredOn(row -> row.kind() == HardeningKind.NO_PRIVILEGED)
                .singleElement().satisfies(row -> assertThat(row.enabled()).isFalse());

        robot.interact(robot.lookup("#container-audit-option-no-privileged").queryAs(CheckBox.class)::fire);

        assertThat(dockerRun.getText()).doesNotContain("--privileged");
        assertThat(robot.lookup("#container-audit-unfixed").queryAs(Label.class).getText()).doesNotContain("DC5005");
    }

    @Test
    void saveWritesTheDockerRunScriptWhereTheUserChose(FxRobot robot, @TempDir Path folder) throws Exception {
        auditPrivileged(robot);
        Path file = folder.resolve("chosen.sh");
        prompts.savingTo(file);

        robot.interact(robot.lookup("#container-audit-docker-run-save").queryAs(Button.class)::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.suggestedNames).containsExactly("privileged-one-" + containers.runId() + "-hardened.sh");
        assertThat(Files.readString(file)).startsWith("#!/bin/sh\ndocker run").doesNotContain("--privileged");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#container-audit-save-status")
                .queryAs(Label.class).getText().startsWith("Saved"));
    }

    private void auditPrivileged(FxRobot robot) throws Exception {
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withName("privileged-one-" + containers.runId())
                .withHostConfig(HostConfig.newHostConfig().withPrivileged(true).withNetworkMode("none")));
        robot.interact(() -> model.show(id, "privileged-one"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.auditedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectTab(FxRobot robot, String title) {
        robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).forEach(tabs -> tabs.getTabs().stream()
                .filter(tab -> title.equals(tab.getText())).findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab)));
    }
}
