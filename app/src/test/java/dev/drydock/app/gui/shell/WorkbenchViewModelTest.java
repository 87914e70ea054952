package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.Rows;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.connection.ScriptedBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.overview.ContainerAuditRow;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ListChange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchViewModelTest {

    private final ScriptedBackend backend = new ScriptedBackend();
    private final WorkbenchPreferences preferences = WorkbenchPreferences.inMemory();
    private final List<UserMessage> errors = new ArrayList<>();
    private final WorkbenchViewModel model = new WorkbenchViewModel(UiTaskRunner.sameThread(), Runnable::run, backend,
            preferences, new UserPrompts() {
                @Override
                public boolean confirm(Confirmation confirmation) {
                    return false;
                }

                @Override
                public void showError(UserMessage message) {
                    errors.add(message);
                }
            }, Clock.systemUTC());

    @Test
    void connectingOpensASessionAtTheResolvedEndpointAndShowsItsLists() {
        model.connect();
        ScriptedBackend.Session session = backend.last();
        assertThat(session.endpoint.uri()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(model.connection().statusTextProperty().get()).isEqualTo("Connecting…");

        session.listener.containersChanged(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));
        session.listener.connectionChanged(new ConnectionState(ConnectionState.Status.CONNECTED, session.endpoint, null, null, 0, null));

        assertThat(model.containers().rows().shownRows()).extracting(c -> c.name()).containsExactly("web");
        assertThat(model.connection().connectedProperty().get()).isTrue();
    }

    @Test
    void openingAContainerOfTheOverviewsAuditTableSelectsItOnTheContainersPage() {
        model.connect();
        ScriptedBackend.Session session = backend.last();
        var web = Rows.container("a", "web", "running");
        session.listener.containersChanged(ListChange.resetTo(List.of(Rows.container("b", "db", "running"), web)));
        model.pageProperty().set(Page.OVERVIEW);

        model.containerAudits().open(new ContainerAuditRow(web, Optional.empty(), ""));

        assertThat(model.pageProperty().get()).isEqualTo(Page.CONTAINERS);
        assertThat(model.containers().selectedProperty().get()).isEqualTo(web);
        assertThat(model.containers().auditRequestsProperty().get()).as("the Audit tab is asked for").isEqualTo(1);
    }

    @Test
    void applyingAnotherDaemonRemembersItClosesTheOldSessionAndForgetsItsRows() {
        model.connect();
        ScriptedBackend.Session first = backend.last();
        first.listener.containersChanged(ListChange.resetTo(List.of(Rows.container("a", "web", "running"))));

        model.applyEndpointChoice(EndpointChoice.host("tcp://build-box:2375"));

        assertThat(preferences.endpointChoice()).isEqualTo(EndpointChoice.host("tcp://build-box:2375"));
        assertThat(first.closed).isTrue();
        assertThat(backend.last().endpoint.uri()).isEqualTo("tcp://build-box:2375");
        assertThat(model.containers().rows().shownRows()).isEmpty();

        first.listener.containersChanged(ListChange.resetTo(List.of(Rows.container("late", "late", "running"))));
        assertThat(model.containers().rows().shownRows()).as("the old session's late news is ignored").isEmpty();
    }

    @Test
    void retryNowGoesToTheCurrentSession() {
        model.connect();
        ScriptedBackend.Session session = backend.last();
        session.listener.connectionChanged(new ConnectionState(ConnectionState.Status.RECONNECTING, session.endpoint, null,
                new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN, "down", "start it"), 1, Duration.ofSeconds(4)));
        assertThat(model.connection().bannerShownProperty().get()).isTrue();

        model.connection().retryNow();
        assertThat(session.retries).isEqualTo(1);
    }

    @Test
    void commandsWithoutADaemonExplainInsteadOfFailingSilently() {
        model.connect();
        backend.last().listener.containersChanged(ListChange.resetTo(List.of(Rows.container("a", "web", "exited"))));
        model.containers().select(model.containers().rows().shownRows().get(0));
        model.containers().start();
        assertThat(errors).extracting(UserMessage::title).containsExactly("Could not start web");
        assertThat(errors.get(0).message()).isEqualTo("No daemon in this test.");
    }
}
