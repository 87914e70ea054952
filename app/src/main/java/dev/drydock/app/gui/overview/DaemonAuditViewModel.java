package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.daemon.DaemonAudit;
import dev.drydock.core.audit.daemon.DaemonAuditInput;
import dev.drydock.core.audit.daemon.DaemonAuditReport;
import dev.drydock.core.audit.daemon.DaemonCheckResult;
import dev.drydock.core.audit.daemon.DaemonFinding;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.Objects;

/**
 * The overview's daemon and host audit: the checks of {@code drydock audit daemon} run in the background
 * whenever a daemon is connected, its findings (most serious first) and how many checks passed or did
 * not apply. Offline it says that it needs a daemon.
 */
public final class DaemonAuditViewModel {

    static final String OFFLINE = "Not connected to a Docker daemon: connect to audit the daemon and its host.";

    private final UiTaskRunner runner;
    private final DaemonAudit audit;
    private final ObservableList<DaemonFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", OFFLINE);
    private final ReadOnlyBooleanWrapper audited = new ReadOnlyBooleanWrapper(this, "audited");
    private long request;

    public DaemonAuditViewModel(UiTaskRunner runner) {
        this(runner, DaemonAudit.standard());
    }

    DaemonAuditViewModel(UiTaskRunner runner, DaemonAudit audit) {
        this.runner = Objects.requireNonNull(runner);
        this.audit = Objects.requireNonNull(audit);
    }

    /** A daemon was connected (audits it in the background), or the connection went ({@code info} null). */
    public void show(DaemonInfo info, DockerEndpoint endpoint) {
        long thisRequest = ++request;
        findings.clear();
        audited.set(false);
        if (info == null || endpoint == null) {
            summary.set(OFFLINE);
            return;
        }
        summary.set("Auditing the daemon and its host…");
        runner.submit(UiTask.of("Auditing the Docker daemon", (token, progress) -> audit.run(new DaemonAuditInput(info, endpoint)))
                .quiet()
                .onSuccess(report -> {
                    if (thisRequest == request) {
                        showReport(report);
                    }
                })
                .onFailure(error -> {
                    if (thisRequest == request) {
                        UserMessage message = UserMessage.of("Daemon audit", error);
                        summary.set("The daemon audit failed: " + message.message() + " " + message.advice());
                    }
                }));
    }

    private void showReport(DaemonAuditReport report) {
        findings.setAll(report.findings().stream()
                .sorted(Comparator.comparing(DaemonFinding::severity).thenComparing(DaemonFinding::checkId)).toList());
        long passed = count(report, DaemonCheckResult.Status.PASSED);
        long notApplicable = count(report, DaemonCheckResult.Status.NOT_APPLICABLE);
        int problems = findings.size();
        summary.set((problems == 0 ? "No problems found" : problems + (problems == 1 ? " problem" : " problems"))
                + "; " + passed + (passed == 1 ? " check" : " checks") + " passed, " + notApplicable + " not applicable.");
        audited.set(true);
    }

    private static long count(DaemonAuditReport report, DaemonCheckResult.Status status) {
        return report.results().stream().filter(result -> result.status() == status).count();
    }

    /** The problems found, errors first. */
    public ObservableList<DaemonFinding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** {@code 5 problems; 9 checks passed, 3 not applicable.}, or why there is nothing to show. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a finished audit is shown. */
    public ReadOnlyBooleanProperty auditedProperty() {
        return audited.getReadOnlyProperty();
    }
}
