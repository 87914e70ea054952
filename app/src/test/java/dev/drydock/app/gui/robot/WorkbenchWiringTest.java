package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.app.gui.Rows;
import dev.drydock.app.gui.connection.ScriptedBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ListChange;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The window's wiring, driven by a robot; the live state is told what a daemon would say. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWiringTest {

    @TempDir
    static java.nio.file.Path recoveryFolder;

    private final ScriptedBackend backend = new ScriptedBackend();
    private WorkbenchViewModel workbench;

    @Start
    void start(Stage stage) {
        workbench = DrydockApp.show(stage, backend, WorkbenchPreferences.inMemory(), RecoveryStore.besideSettings(recoveryFolder.resolve("settings.json"))).workbench();
        workbench.connect();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.close()).get(5, TimeUnit.SECONDS);
    }

    private ScriptedBackend.Session session() {
        await().atMost(Duration.ofSeconds(5)).until(() -> !backend.sessions.isEmpty());
        return backend.last();
    }

    private void connectedWith(List<ContainerSummary> containers) {
        ScriptedBackend.Session session = session();
        session.listener.containersChanged(ListChange.resetTo(containers));
        session.listener.connectionChanged(new ConnectionState(ConnectionState.Status.CONNECTED, session.endpoint, null, null, 0, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ContainerSummary> containersTable(FxRobot robot) {
        return robot.lookup("#containers-table").queryAs(TableView.class);
    }

    @Test
    void theNavigationShowsEachPage(FxRobot robot) {
        robot.clickOn("#nav-images");
        assertThat(robot.lookup("#images-page").tryQuery()).isPresent();
        robot.clickOn("#nav-overview");
        assertThat(robot.lookup("#overview-page").tryQuery()).isPresent();
        assertThat(robot.lookup("#images-page").tryQuery()).isEmpty();
        robot.clickOn("#nav-dockerfiles");
        assertThat(robot.lookup("#dockerfile-open").tryQuery()).isPresent();
        robot.clickOn("#nav-containers");
        assertThat(robot.lookup("#containers-table").tryQuery()).isPresent();
    }

    @Test
    void theVulnerabilityDatabasePageReadsTheDatabaseEachTimeItIsShown(FxRobot robot) throws Exception {
        java.nio.file.Path db = recoveryFolder.resolve("wiring/vulnerabilities.db");
        WaitForAsyncUtils.asyncFx(() -> workbench.vulnerabilityDatabase().useDatabase(db,
                dev.drydock.core.vuln.db.UpdateSettings.defaults())).get(5, TimeUnit.SECONDS);

        robot.clickOn("#nav-vulnerability_database");
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#db-problem").query().isVisible())
                .get(5, TimeUnit.SECONDS));
        assertThat(robot.lookup("#db-location").queryAs(Label.class).getText()).isEqualTo(db.toString());

        java.nio.file.Files.createDirectories(db.getParent());
        java.nio.file.Files.write(db, dev.drydock.core.vuln.osv.OsvFixtures.zip()); // an empty zip: not a database
        robot.clickOn("#nav-scans");
        robot.clickOn("#nav-vulnerability_database");
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#db-rebuild").query().isVisible())
                .get(5, TimeUnit.SECONDS));
    }

    @Test
    void typingInTheSearchFieldNarrowsTheRows(FxRobot robot) {
        connectedWith(List.of(Rows.container("1", "web-1", "running"), Rows.container("2", "web-2", "exited"),
                Rows.container("3", "database", "running")));
        assertThat(containersTable(robot).getItems()).hasSize(3);

        robot.clickOn("#containers-page .search-field").write("web");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(containersTable(robot).getItems()).extracting(ContainerSummary::name).containsExactlyInAnyOrder("web-1", "web-2");
        assertThat(robot.lookup("#containers-page .row-count").queryAs(Label.class).getText()).isEqualTo("2 of 3");
    }

    @Test
    void removeAsksForConfirmationAndCancelKeepsTheContainer(FxRobot robot) {
        connectedWith(List.of(Rows.container("1", "web-1", "running"), Rows.container("2", "database", "exited")));
        robot.clickOn("database");
        robot.clickOn("#container-remove");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Remove container database?");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(containersTable(robot).getItems()).extracting(ContainerSummary::name).contains("database");
    }

    @Test
    void theSelectionFollowsItsContainerWhenTheDaemonReportsAChange(FxRobot robot) {
        connectedWith(List.of(Rows.container("1", "web-1", "running"), Rows.container("2", "database", "exited")));
        robot.clickOn("database");
        assertThat(robot.lookup("#container-start").queryButton().isDisabled()).isFalse();

        backend.last().listener.containersChanged(new ListChange<>(false, List.of(Rows.container("2", "database", "running")), java.util.Set.of()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.containers().selectedProperty().get().state()).isEqualTo("running");
        assertThat(containersTable(robot).getSelectionModel().getSelectedItem().state()).isEqualTo("running");
        assertThat(robot.lookup("#container-start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#container-stop").queryButton().isDisabled()).isFalse();
    }

    @Test
    void withoutADaemonTheBannerExplainsAndRetryNowRetries(FxRobot robot) {
        ScriptedBackend.Session session = session();
        session.listener.connectionChanged(new ConnectionState(ConnectionState.Status.RECONNECTING, session.endpoint, null,
                new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN,
                        "Nothing answers at /var/run/docker.sock.", "Start Docker, then retry."), 0, Duration.ofSeconds(30)));
        WaitForAsyncUtils.waitForFxEvents();

        Node banner = robot.lookup("#connection-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#banner-message").queryAs(Label.class).getText()).isEqualTo("Nothing answers at /var/run/docker.sock.");
        assertThat(robot.lookup("#banner-retry").queryAs(Label.class).getText()).startsWith("Trying again in ");

        robot.clickOn("#retry-now");
        assertThat(session.retries).isEqualTo(1);

        session.listener.connectionChanged(new ConnectionState(ConnectionState.Status.CONNECTED, session.endpoint, null, null, 0, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
    }
}
