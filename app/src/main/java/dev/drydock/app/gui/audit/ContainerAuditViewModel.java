package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit;
import dev.drydock.core.audit.container.DaemonContainerAudit.Audited;
import dev.drydock.core.audit.container.NotApplicableCheck;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.audit.harden.WritablePathObservation;
import dev.drydock.core.audit.harden.WritablePathObserver;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The audit of the selected container: its findings with CIS items and fixes (errors first, then by CIS
 * item), the checks that do not apply, a score and a count line, and the hardened run configuration in
 * three formats ({@link HardenedRunViewModel}: switchable options, save). Audits run in the
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
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ObservableList<AuditFindingRow> findings = FXCollections.observableArrayList();
    private final ObservableList<NotApplicableCheck> notApplicable = FXCollections.observableArrayList();
    private final HardenedRunViewModel hardened;
    private final HardenedRecreation recreation;
    private final ReadOnlyBooleanWrapper observing = new ReadOnlyBooleanWrapper(this, "observing");
    private final ReadOnlyStringWrapper observation = new ReadOnlyStringWrapper(this, "observation", "");
    private Audited shown;
    private String containerId;
    private String containerName = "";
    private long generation;

    /** @param prompts asks where to save a hardened configuration and shows why saving failed */
    public ContainerAuditViewModel(UiTaskRunner runner, DaemonAccess access, UserPrompts prompts) {
        this.runner = runner;
        this.access = access;
        this.hardened = new HardenedRunViewModel(runner, prompts);
        this.recreation = new HardenedRecreation(runner, access, prompts);
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
        AuditSummary summary = AuditSummary.of(audited.result(), audit);
        return new AuditOutcome(audited, summary, audited.result().notApplicable(),
                new HardenedRunAdvisor().advise(audited.details(), audited.result(), List.of()));
    }

    private void showOutcome(AuditOutcome outcome) {
        auditing.set(false);
        canAudit.set(true);
        audited.set(true);
        status.set("");
        shown = outcome.audited();
        findings.setAll(outcome.summary().findings());
        notApplicable.setAll(outcome.notApplicable());
        score.set(outcome.summary().scoreLine());
        counts.set(outcome.summary().countLine());
        hardened.show(outcome.config(), outcome.summary().findings());
    }

    private void clear(String why) {
        auditing.set(false);
        audited.set(false);
        canAudit.set(online.get() && containerId != null);
        status.set(why);
        findings.clear();
        notApplicable.clear();
        score.set("");
        counts.set("");
        hardened.clear();
        shown = null;
        observing.set(false);
        observation.set("");
        recreation.clear();
    }

    /**
     * Looks at what the container has written ({@code docker diff}) and advises the hardened run again
     * with those directories as tmpfs mounts; the reasoning is shown. Switches start over from the advice.
     */
    public void observeWrites() {
        Audited audited = shown;
        if (audited == null || observing.get()) {
            return;
        }
        long request = generation;
        String title = "Looking at what " + (containerName.isEmpty() ? containerId : containerName) + " wrote";
        observing.set(true);
        observation.set(title + "…");
        runner.submit(UiTask.of(title, (token, progress) -> {
            progress.progress("docker diff…", 0, 0);
            WritablePathObservation seen = new WritablePathObserver().observe(access.daemon(), audited.details());
            return new Observed(seen, new HardenedRunAdvisor().advise(audited.details(), audited.result(), seen));
        }).quiet().onSuccess(observed -> {
            if (request == generation) {
                observing.set(false);
                observation.set(describe(observed.seen()));
                hardened.show(observed.config(), findings);
            }
        }).onFailure(error -> {
            if (request == generation) {
                observing.set(false);
                UserMessage message = UserMessage.of(title, error);
                observation.set("Could not look at what it wrote: " + message.message()
                        + (message.advice().isEmpty() ? "" : " " + message.advice()));
            }
        }).onCancelled(() -> {
            if (request == generation) {
                observing.set(false);
                observation.set("");
            }
        }));
    }

    private record Observed(WritablePathObservation seen, HardenedRunConfig config) {
    }

    private static String describe(WritablePathObservation seen) {
        StringBuilder text = new StringBuilder("Written paths (docker diff): ")
                .append(String.join(", ", seen.directories())).append(" get a tmpfs.");
        seen.reasoning().forEach(line -> text.append('\n').append(line));
        return text.toString();
    }

    /** "Recreate hardened…": the plan is shown for confirmation, then the copy is created next to the original. */
    public void recreateHardened() {
        hardened.config().ifPresent(recreation::start);
    }

    /** The recreation of the shown container: busy, report. */
    public HardenedRecreation recreation() {
        return recreation;
    }

    /** True while docker diff is read. */
    public ReadOnlyBooleanProperty observingProperty() {
        return observing.getReadOnlyProperty();
    }

    /** What was seen written and which tmpfs mounts follow; empty before "Observe writes". */
    public ReadOnlyStringProperty observationProperty() {
        return observation.getReadOnlyProperty();
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

    /** {@code Score 62/100} (see {@link AuditScore}); empty while nothing is shown. */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** {@code 3 errors, 2 warnings (2 checks not applicable)}; empty while nothing is shown. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The hardened run configuration: options, the three formats, the unfixed line, save. */
    public HardenedRunViewModel hardened() {
        return hardened;
    }

    public ReadOnlyStringProperty dockerRunProperty() {
        return hardened.dockerRunProperty();
    }

    public ReadOnlyStringProperty composeProperty() {
        return hardened.composeProperty();
    }

    public ReadOnlyStringProperty kubernetesProperty() {
        return hardened.kubernetesProperty();
    }

    /** Errors first, then warnings and notes; by CIS item within each. */
    public ObservableList<AuditFindingRow> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ObservableList<NotApplicableCheck> notApplicable() {
        return FXCollections.unmodifiableObservableList(notApplicable);
    }

    public ObservableList<HardeningOptionRow> options() {
        return hardened.options();
    }
}
