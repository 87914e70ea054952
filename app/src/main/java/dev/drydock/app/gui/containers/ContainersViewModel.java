package dev.drydock.app.gui.containers;

import dev.drydock.app.gui.audit.ContainerAuditViewModel;
import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.DetailsLoader;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.common.UserPrompts.Confirmation;
import dev.drydock.app.gui.live.FilterableRows;
import dev.drydock.app.gui.live.LiveRows;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.live.ListChange;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Containers page: the live container list, the selected container with its details, and the
 * lifecycle commands (start, stop, restart, remove), enabled by the container's state.
 */
public final class ContainersViewModel {

    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Set<String> STARTABLE = Set.of("created", "exited");
    private static final Set<String> STOPPABLE = Set.of("running", "restarting", "paused");

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final UserPrompts prompts;
    private final LiveRows<ContainerSummary> live = new LiveRows<>(ContainerSummary::id);
    private final FilterableRows<ContainerSummary> rows = new FilterableRows<>(live, ContainerRows::visibleText);
    private final ReadOnlyObjectWrapper<ContainerSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");
    private final ReadOnlyBooleanWrapper canRestart = new ReadOnlyBooleanWrapper(this, "canRestart");
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(this, "canRemove");
    private final DetailsLoader<ContainerDetails> details;
    private final ContainerAuditViewModel audit;
    private final ReadOnlyIntegerWrapper auditRequests = new ReadOnlyIntegerWrapper(this, "auditRequests");

    public ContainersViewModel(UiTaskRunner runner, DaemonAccess access, UserPrompts prompts) {
        this.runner = runner;
        this.access = access;
        this.prompts = prompts;
        this.details = new DetailsLoader<>(runner);
        this.audit = new ContainerAuditViewModel(runner, access, prompts);
        selected.addListener((obs, old, now) -> updateCommands(now));
    }

    public FilterableRows<ContainerSummary> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ContainerSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public DetailsLoader<ContainerDetails> details() {
        return details;
    }

    /** The selected container's audit and hardened run configuration. */
    public ContainerAuditViewModel audit() {
        return audit;
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestartProperty() {
        return canRestart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    /** Applies a live change; the selection follows its container's newest state. */
    public void apply(ListChange<ContainerSummary> change) {
        live.apply(change);
        ContainerSummary current = selected.get();
        if (current != null) {
            ContainerSummary now = live.byId(current.id()).orElse(null);
            if (now == null) {
                select(null);
            } else if (!now.equals(current)) {
                selected.set(now);
                if (!Objects.equals(now.state(), current.state())) {
                    loadDetails(now, true);
                    audit.show(now.id(), now.name());
                }
            }
        }
    }

    /** The user selected a row (null: nothing selected). */
    public void select(ContainerSummary container) {
        if (Objects.equals(container, selected.get())) {
            return;
        }
        selected.set(container);
        if (container == null) {
            details.clear();
            audit.show(null, null);
        } else {
            loadDetails(container, false);
            audit.show(container.id(), container.name());
        }
    }

    /** Selects {@code container} and asks the page to show its Audit tab (from the Overview's audit table). */
    public void openAudit(ContainerSummary container) {
        select(container);
        auditRequests.set(auditRequests.get() + 1);
    }

    /** Counts up each time the Audit tab should come to the front. */
    public ReadOnlyIntegerProperty auditRequestsProperty() {
        return auditRequests.getReadOnlyProperty();
    }

    private void loadDetails(ContainerSummary container, boolean keepShown) {
        String id = container.id();
        details.load("Inspecting " + container.name(), (token, progress) -> access.daemon().inspectContainer(id), keepShown);
    }

    private void updateCommands(ContainerSummary container) {
        String state = container == null ? "" : container.state();
        canStart.set(STARTABLE.contains(state));
        canStop.set(STOPPABLE.contains(state));
        canRestart.set(container != null && !"removing".equals(state) && !"dead".equals(state));
        canRemove.set(container != null && !"removing".equals(state));
    }

    public void start() {
        ifAllowed(canStart, container -> run("Starting " + container.name(), "Could not start " + container.name(), container, d -> d.startContainer(container.id())));
    }

    public void stop() {
        ifAllowed(canStop, container -> {
            Confirmation question = new Confirmation("Stop container",
                    "Stop container " + container.name() + "?",
                    "Its processes get " + STOP_GRACE.toSeconds() + " seconds to shut down, then they are killed.", "Stop");
            if (prompts.confirm(question)) {
                run("Stopping " + container.name(), "Could not stop " + container.name(), container, d -> d.stopContainer(container.id(), STOP_GRACE));
            }
        });
    }

    public void restart() {
        ifAllowed(canRestart, container -> run("Restarting " + container.name(), "Could not restart " + container.name(), container,
                d -> d.restartContainer(container.id(), STOP_GRACE)));
    }

    public void remove() {
        ifAllowed(canRemove, container -> {
            boolean running = container.running();
            String details = running
                    ? "It is running: it will be killed first. Its writable layer is deleted; this cannot be undone."
                    : "Its writable layer is deleted; this cannot be undone.";
            Confirmation question = new Confirmation("Remove container",
                    "Remove container " + container.name() + "?", details, running ? "Kill and remove" : "Remove");
            if (prompts.confirm(question)) {
                run("Removing " + container.name(), "Could not remove " + container.name(), container, d -> d.removeContainer(container.id(), running));
            }
        });
    }

    private void ifAllowed(ReadOnlyBooleanWrapper allowed, Consumer<ContainerSummary> action) {
        ContainerSummary container = selected.get();
        if (container != null && allowed.get()) {
            action.accept(container);
        }
    }

    private void run(String title, String failureTitle, ContainerSummary container, Consumer<DockerDaemon> command) {
        runner.submit(UiTask.of(title, (token, progress) -> {
            progress.progress(title + "…", 0, 0);
            command.accept(access.daemon());
            return container.id();
        }).onFailure(error -> prompts.showError(UserMessage.of(failureTitle, error))));
    }
}
