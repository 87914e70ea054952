package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.audit.AuditSummary;
import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.daemon.ContainerSummary;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The overview's table of every container with its audit score and counts, so a reviewer sees the whole
 * daemon at a glance. "Audit all" audits the containers one after the other in the background, each row
 * filled in when its container is done, with progress and cancel; opening a row shows that container on
 * the Containers page. Offline there is nothing to audit.
 */
public final class ContainerAuditsViewModel {

    /** Where the table is. */
    public enum State { IDLE, AUDITING, DONE, CANCELLED }

    static final String CANCELLED_TEXT = "Cancelled: the containers audited so far are shown.";

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final ObservableList<ContainerSummary> containers;
    private final ObservableValue<Boolean> connected;
    private final ContainerAudit audit = ContainerAudit.standard();
    private final ObservableList<ContainerAuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private Consumer<ContainerSummary> opener = container -> { };
    private RunningTask running;
    private long run;

    /** @param containers the live container list; {@code connected}: whether a daemon is connected */
    public ContainerAuditsViewModel(UiTaskRunner runner, DaemonAccess access, ObservableList<ContainerSummary> containers,
                                    ObservableValue<Boolean> connected) {
        this.runner = Objects.requireNonNull(runner);
        this.access = Objects.requireNonNull(access);
        this.containers = Objects.requireNonNull(containers);
        this.connected = Objects.requireNonNull(connected);
        connected.addListener((obs, old, now) -> {
            if (!Boolean.TRUE.equals(now)) {
                cancel();
                rows.clear();
                state.set(State.IDLE);
                message.set("");
            }
        });
    }

    /** What opening a row does: select that container on the Containers page. */
    public void useOpener(Consumer<ContainerSummary> open) {
        this.opener = Objects.requireNonNull(open);
    }

    public boolean isConnected() {
        return Boolean.TRUE.equals(connected.getValue());
    }

    public ObservableValue<Boolean> connectedProperty() {
        return connected;
    }

    /** Audits every container, running or not, one after the other; nothing while offline or already auditing. */
    public void auditAll() {
        if (!isConnected() || state.get() == State.AUDITING) {
            return;
        }
        rows.setAll(containers.stream().sorted(Comparator.comparing(ContainerSummary::name))
                .map(ContainerAuditRow::waiting).toList());
        run++;
        if (rows.isEmpty()) {
            finish(State.DONE, "The daemon has no containers.");
            return;
        }
        state.set(State.AUDITING);
        next(0, run);
    }

    /** Stops after the container being audited; the rows done so far stay. */
    public void cancel() {
        if (state.get() == State.AUDITING) {
            run++;
            if (running != null) {
                running.cancel();
            }
            finish(State.CANCELLED, CANCELLED_TEXT);
        }
    }

    /** Shows the row's container on the Containers page. */
    public void open(ContainerAuditRow row) {
        if (row != null) {
            opener.accept(row.container());
        }
    }

    private void next(int index, long thisRun) {
        if (thisRun != run) {
            return;
        }
        if (index >= rows.size()) {
            finish(State.DONE, "Audited " + rows.size() + (rows.size() == 1 ? " container." : " containers."));
            return;
        }
        ContainerAuditRow row = rows.get(index);
        message.set("Auditing " + (index + 1) + " of " + rows.size() + ": " + row.name());
        progress.set((double) index / rows.size());
        rows.set(index, row.withNote("auditing…"));
        String id = row.container().id();
        running = runner.submit(UiTask.of("Auditing container " + row.name(), (token, listener) -> {
                    DaemonContainerAudit.Audited audited = new DaemonContainerAudit(access.daemon(), audit).audit(id);
                    token.throwIfCancelled();
                    return AuditSummary.of(audited.result(), audit);
                })
                .onSuccess(summary -> {
                    if (thisRun == run) {
                        rows.set(index, rows.get(index).audited(summary));
                        next(index + 1, thisRun);
                    }
                })
                .onFailure(error -> {
                    if (thisRun == run) {
                        rows.set(index, rows.get(index).withNote("could not audit: " + UserMessage.of("", error).message()));
                        next(index + 1, thisRun);
                    }
                })
                .onCancelled(() -> {
                    if (thisRun == run) {
                        finish(State.CANCELLED, CANCELLED_TEXT);
                    }
                }));
    }

    private void finish(State outcome, String text) {
        running = null;
        List<String> unfinished = List.of("auditing…", "waiting");
        rows.replaceAll(row -> unfinished.contains(row.note()) ? row.withNote("not audited") : row);
        message.set(text);
        progress.set(outcome == State.DONE ? 1 : 0);
        state.set(outcome);
    }

    /** One row per container, by name. */
    public ObservableList<ContainerAuditRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** {@code Auditing 2 of 5: web}, or how the last run ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Containers done / containers, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
