package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.core.settings.RecoveryStore;
import dev.drydock.app.gui.connection.CoreConnectionBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.shell.WorkbenchViewModel;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The window against the real daemon: a container the test creates appears in the Containers
 * table, and disappears when the test removes it — through the event stream, nobody presses refresh.
 */
@DaemonTest
@ExtendWith(ApplicationExtension.class)
class LiveContainersDaemonGuiTest {

    @TempDir
    static java.nio.file.Path recoveryFolder;

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private WorkbenchViewModel workbench;

    @Start
    void start(Stage stage) {
        WorkbenchPreferences preferences = WorkbenchPreferences.inMemory();
        preferences.saveEndpointChoice(EndpointChoice.host(TestDocker.endpoint().uri()));
        workbench = DrydockApp.show(stage, new CoreConnectionBackend(), preferences, RecoveryStore.besideSettings(recoveryFolder.resolve("settings.json"))).workbench();
        workbench.connect();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.close()).get(15, TimeUnit.SECONDS);
    }

    @Test
    void aContainerCreatedAndRemovedOutsideShowsUpAndGoesAwayByItself(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(onFx(() -> workbench.connection().connectedProperty().get()));
        @SuppressWarnings("unchecked")
        TableView<ContainerSummary> table = robot.lookup("#containers-table").queryAs(TableView.class);
        String name = "drydock-gui-live-" + UUID.randomUUID().toString().substring(0, 8);

        String id = containers.create(TestImages.busybox(), cmd -> cmd.withName(name));
        await().atMost(Duration.ofSeconds(20)).until(onFx(() -> table.getItems().stream().anyMatch(c -> c.name().equals(name))));

        TestDocker.client().removeContainerCmd(id).withForce(true).exec();
        await().atMost(Duration.ofSeconds(20)).until(onFx(() -> table.getItems().stream().noneMatch(c -> c.name().equals(name))));
    }

    /** Reads UI state on the FX thread, where it lives. */
    private static Callable<Boolean> onFx(Callable<Boolean> check) {
        return () -> WaitForAsyncUtils.asyncFx(check).get(5, TimeUnit.SECONDS);
    }
}
