package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.audit.AuditContainers;
import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overview's audit cards on screen: daemon findings, "Audit all" filling the container table, and Open. */
@DaemonTest
@ExtendWith(ApplicationExtension.class)
class OverviewAuditRobotTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private final DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint());
    private final UiTaskRunner runner = UiTaskRunner.forFx();
    private final ObservableList<ContainerSummary> listed = FXCollections.observableArrayList();
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
    private final DaemonAuditViewModel daemonAudit = new DaemonAuditViewModel(runner);
    private final ContainerAuditsViewModel containerAudits = new ContainerAuditsViewModel(runner, () -> daemon, listed, connected);
    private final List<ContainerSummary> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        OverviewViewModel overview = new OverviewViewModel(listed, FXCollections.observableArrayList());
        containerAudits.useOpener(opened::add);
        Scene scene = new Scene(new StackPane(new OverviewView(overview, null, daemonAudit, containerAudits).node()), 1000, 800);
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
    void auditAllFillsTheTableAndOpenHandsTheSelectedContainerOn(FxRobot robot) throws Exception {
        String privileged = "drydock-privileged-" + containers.runId();
        String hardened = "drydock-hardened-" + containers.runId();
        AuditContainers.privileged(containers, privileged);
        AuditContainers.hardened(containers, hardened);
        List<ContainerSummary> ours = daemon.listContainers().stream()
                .filter(container -> containers.runId().equals(container.labels().get(TestImages.RUN_LABEL))).toList();
        robot.interact(() -> listed.setAll(ours));

        robot.interact(robot.lookup("#container-audits-run").queryAs(Button.class)::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> containerAudits.stateProperty().get() == ContainerAuditsViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<ContainerAuditRow> table = robot.lookup("#container-audits-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ContainerAuditRow::name).containsExactlyInAnyOrder(privileged, hardened);
        ContainerAuditRow bad = table.getItems().stream().filter(row -> row.name().equals(privileged)).findFirst().orElseThrow();
        ContainerAuditRow good = table.getItems().stream().filter(row -> row.name().equals(hardened)).findFirst().orElseThrow();
        assertThat(bad.score()).isLessThan(good.score());
        assertThat(bad.errors()).isPositive();
        assertThat(robot.lookup("#container-audits-status").queryAs(Label.class).getText()).isEqualTo("Audited 2 containers.");

        Button open = robot.lookup("#container-audits-open").queryAs(Button.class);
        assertThat(open.isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(bad));
        assertThat(open.isDisabled()).isFalse();
        robot.interact(open::fire);

        assertThat(opened).extracting(ContainerSummary::name).containsExactly(privileged);
    }

    @Test
    void theDaemonsFindingsAreListedOnceConnectedAndOfflineSaysSo(FxRobot robot) throws Exception {
        DaemonInfo info = daemon.info();
        robot.interact(() -> daemonAudit.show(info, TestDocker.endpoint()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> daemonAudit.auditedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> findings = robot.lookup("#daemon-audit-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).isNotEmpty();
        assertThat(findings.isVisible()).isTrue();
        assertThat(robot.lookup("#daemon-audit-summary").queryAs(Label.class).getText()).contains("checks passed");

        robot.interact(() -> {
            daemonAudit.show(null, null);
            connected.set(false);
        });

        assertThat(findings.isVisible()).isFalse();
        assertThat(robot.lookup("#daemon-audit-summary").queryAs(Label.class).getText()).startsWith("Not connected");
        assertThat(robot.lookup("#container-audits-offline").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#container-audits-run").queryAs(Button.class).isDisabled()).isTrue();
    }
}
