package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit.Audited;
import dev.drydock.core.audit.container.NotApplicableCheck;
import dev.drydock.core.audit.harden.ComposeServiceRenderer;
import dev.drydock.core.audit.harden.DockerRunRenderer;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.KubernetesPodRenderer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The audit of the selected container: its findings with CIS items and fixes, the checks that do not
 * apply, a count line, and the hardened run configuration in three formats. Audits run in the
 * background when a container is selected (and again on request); a result that arrives after the
 * selection moved on is dropped. Offline, nothing can be audited and the reason says why.
 */
public final class ContainerAuditViewModel {

    static final String OFFLINE_REASON = "Not connected to a Docker daemon: connect to audit containers.";
    static final String NOTHING_SELECTED = "Select a container to audit it.";

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final ContainerAudit audit = ContainerAudit.standard();
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyBooleanWrapper canAudit = new ReadOnlyBooleanWrapper(this, "canAudit");
    private final ReadOnlyBooleanWrapper auditing = new ReadOnlyBooleanWrapper(this, "auditing");
    private final ReadOnlyBooleanWrapper audited = new ReadOnlyBooleanWrapper(this, "audited");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NOTHING_SELECTED);
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private final ReadOnlyStringWrapper dockerRun = new ReadOnlyStringWrapper(this, "dockerRun", "");
    private final ReadOnlyStringWrapper compose = new ReadOnlyStringWrapper(this, "compose", "");
    private final ReadOnlyStringWrapper kubernetes = new ReadOnlyStringWrapper(this, "kubernetes", "");
    private final ObservableList<AuditFindingRow> findings = FXCollections.observableArrayList();
    private final ObservableList<NotApplicableCheck> notApplicable = FXCollections.observableArrayList();
    private final ObservableList<HardeningOptionRow> options = FXCollections.observableArrayList();
    private String containerId;
    private String containerName = "";
    private long generation;

    public ContainerAuditViewModel(UiTaskRunner runner, DaemonAccess access) {
        this.runner = runner;
        this.access = access;
    }

    /** Follows the connection: offline, the audit is unavailable and says why. */
    public void followConnection(ObservableValue<Boolean> connected) {
        connected.addListener((obs, old, now) -> setOnline(Boolean.TRUE.equals(now)));
        setOnline(Boolean.TRUE.equals(connected.getValue()));
    }

    public void setOnline(boolean now) {
        if (online.get() == now) {
            return;
        }
        online.set(now);
        if (now) {
            show(containerId, containerName);
        } else {
            generation++;
            clear(OFFLINE_REASON);
        }
    }

    /** The selected container changed (null id: nothing selected); audits it in the background. */
    public void show(String id, String name) {
        containerId = id;
        containerName = name == null ? "" : name;
        generation++;
        if (!online.get()) {
            clear(OFFLINE_REASON);
        } else if (id == null) {
            clear(NOTHING_SELECTED);
        } else {
            audit();
        }
    }

    /** Audits the selected container again. */
    public void audit() {
        if (!online.get() || containerId == null) {
            return;
        }
        long request = ++generation;
        String id = containerId;
        String title = "Auditing " + (containerName.isEmpty() ? id : containerName);
        clear(title + "…");
        auditing.set(true);
        canAudit.set(false);
        runner.submit(UiTask.of(title, (token, progress) -> {
            progress.progress(title + "…", 0, 0);
            Audited result = new DaemonContainerAudit(access.daemon(), audit).audit(id);
            token.throwIfCancelled();
            return outcome(result);
        }).quiet().onSuccess(outcome -> {
            if (request == generation) {
                showOutcome(outcome);
            }
        }).onFailure(error -> {
            if (request == generation) {
                UserMessage message = UserMessage.of(title, error);
                clear(message.advice().isEmpty() ? message.message() : message.message() + " " + message.advice());
            }
        }).onCancelled(() -> {
            if (request == generation) {
                clear("Audit cancelled.");
            }
        }));
    }

    private AuditOutcome outcome(Audited audited) {
        List<AuditFindingRow> rows = audited.result().findings().stream().map(f -> AuditFindingRow.of(f, audit)).toList();
        HardenedRunConfig config = new HardenedRunAdvisor().advise(audited.details(), audited.result(), List.of());
        return new AuditOutcome(rows, audited.result().notApplicable(),
                AuditScore.of(rows, audited.result().notApplicable().size()),
                new DockerRunRenderer().render(config), new ComposeServiceRenderer().render(config),
                new KubernetesPodRenderer().render(config),
                config.options().stream().map(HardeningOptionRow::of).toList());
    }

    private void showOutcome(AuditOutcome outcome) {
        auditing.set(false);
        canAudit.set(true);
        audited.set(true);
        status.set("");
        findings.setAll(outcome.findings());
        notApplicable.setAll(outcome.notApplicable());
        options.setAll(outcome.options());
        score.set(outcome.score());
        dockerRun.set(outcome.dockerRun());
        compose.set(outcome.compose());
        kubernetes.set(outcome.kubernetes());
    }

    private void clear(String why) {
        auditing.set(false);
        audited.set(false);
        canAudit.set(online.get() && containerId != null);
        status.set(why);
        findings.clear();
        notApplicable.clear();
        options.clear();
        score.set("");
        dockerRun.set("");
        compose.set("");
        kubernetes.set("");
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAuditProperty() {
        return canAudit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty auditingProperty() {
        return auditing.getReadOnlyProperty();
    }

    /** True while a finished audit is shown. */
    public ReadOnlyBooleanProperty auditedProperty() {
        return audited.getReadOnlyProperty();
    }

    /** Why nothing is shown (offline, nothing selected, auditing, a failure); empty when an audit is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dockerRunProperty() {
        return dockerRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty composeProperty() {
        return compose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kubernetesProperty() {
        return kubernetes.getReadOnlyProperty();
    }

    public ObservableList<AuditFindingRow> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ObservableList<NotApplicableCheck> notApplicable() {
        return FXCollections.unmodifiableObservableList(notApplicable);
    }

    public ObservableList<HardeningOptionRow> options() {
        return FXCollections.unmodifiableObservableList(options);
    }
}
