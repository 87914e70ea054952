package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.db.DatabaseStatus;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Vulnerabilities tab of one image scan: once the scan is done, its packages are matched against the
 * offline database in the background (progress, cancel); then the matches as {@link VulnerabilityTable}
 * filters and shows them. Without a database it says how to get one; with an old one it warns.
 */
public final class VulnerabilitiesViewModel {

    /** Where matching is. */
    public enum State {
        /** The image has not been scanned yet. */
        WAITING,
        MATCHING,
        DONE,
        /** There is no vulnerability database to match against. */
        NO_DATABASE,
        FAILED,
        CANCELLED
    }

    private final UiTaskRunner runner;
    private final VulnerabilityDatabaseService database;
    private final Supplier<Instant> now;
    private final VulnerabilityTable table = new VulnerabilityTable();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<VulnerabilityReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper databaseWarning = new ReadOnlyStringWrapper(this, "databaseWarning", "");
    private final DockerfileFixesViewModel fixes;
    private final Runnable stopListening;
    private final SuppressionsViewModel suppressions;
    private final InvalidationListener maxAgeChanged = observable -> showAge();
    private DatabaseStatus matchedDatabase;
    private ScannedImage image;
    private RunningTask running;
    private long run;

    /** @param now the time the database's age is judged at */
    public VulnerabilitiesViewModel(UiTaskRunner runner, VulnerabilityDatabaseService database, Supplier<Instant> now) {
        this.runner = Objects.requireNonNull(runner);
        this.database = Objects.requireNonNull(database);
        this.now = Objects.requireNonNull(now);
        this.fixes = new DockerfileFixesViewModel(runner, table, report.getReadOnlyProperty());
        this.stopListening = database.onReload(this::databaseChanged);
        this.suppressions = new SuppressionsViewModel(database.suppressions(), now, this::showSuppressed);
        database.maxAgeProperty().addListener(maxAgeChanged);
    }

    /** Matches a freshly scanned image; the previous matches stay until the new ones arrive. */
    public void match(ScannedImage scanned) {
        this.image = Objects.requireNonNull(scanned);
        fixes.scanned(scanned);
        start();
    }

    /** Matches the last scanned image again (after a database update); nothing before a scan. */
    public void matchAgain() {
        if (image != null && state.get() != State.MATCHING) {
            start();
        }
    }

    /** Asks matching to stop. */
    public void cancel() {
        if (running != null && state.get() == State.MATCHING) {
            running.cancel();
        }
    }

    /** The tab is closed: stop, and stop hearing about database changes. */
    public void dispose() {
        cancel();
        fixes.cancelComparison();
        stopListening.run();
        suppressions.dispose();
        database.maxAgeProperty().removeListener(maxAgeChanged);
    }

    private void databaseChanged() {
        if (state.get() == State.DONE || state.get() == State.NO_DATABASE || state.get() == State.FAILED) {
            matchAgain();
        }
    }

    private void start() {
        ScannedImage scanned = image;
        long thisRun = ++run;
        state.set(State.MATCHING);
        problem.set(null);
        message.set("Matching " + scanned.packages().size() + " packages against the vulnerability database…");
        progress.set(-1);
        RunningTask task = runner.submit(UiTask.of("Matching vulnerabilities",
                        (token, listener) -> database.match(scanned, token))
                .onSuccess(result -> {
                    if (thisRun == run) {
                        show(result.report(), result.database());
                        finish(State.DONE, "");
                    }
                })
                .onFailure(error -> {
                    if (thisRun == run) {
                        failed(error);
                    }
                })
                .onCancelled(() -> {
                    if (thisRun == run) {
                        finish(State.CANCELLED, "Matching cancelled.");
                    }
                }));
        if (thisRun == run && state.get() == State.MATCHING) {
            running = task;
        }
    }

    private void show(VulnerabilityReport result, DatabaseStatus status) {
        matchedDatabase = status;
        showAge();
        suppressions.apply(result, image.config());
    }

    private void showAge() {
        databaseWarning.set(matchedDatabase == null ? ""
                : matchedDatabase.ageWarning(database.maxAgeProperty().get(), now.get()).orElse(""));
    }

    /** Shows the matches with the suppressions applied; the selected vulnerability stays selected. */
    private void showSuppressed(VulnerabilityReport result) {
        VulnerabilityRow selected = table.selectedProperty().get();
        table.setReport(result);
        report.set(result);
        if (selected != null) {
            table.rows().stream().filter(row -> row.id().equals(selected.id())
                    && row.match().pkg().equals(selected.match().pkg())).findFirst().ifPresent(table::select);
        }
    }

    private void failed(Throwable error) {
        if (error instanceof VulnerabilityDatabaseException known) {
            problem.set(new UserMessage("No vulnerabilities matched", known.getMessage(), known.advice()));
            if (known.problem() == VulnerabilityDatabaseException.Problem.MISSING) {
                finish(State.NO_DATABASE, "No vulnerability database.");
                return;
            }
        } else {
            problem.set(UserMessage.of("No vulnerabilities matched", error));
        }
        finish(State.FAILED, problem.get().message());
    }

    private void finish(State outcome, String text) {
        running = null;
        message.set(text);
        progress.set(outcome == State.DONE ? 1 : 0);
        state.set(outcome);
    }

    /** The ignore files and VEX documents applied to the matches: add, remove, what they suppress. */
    public SuppressionsViewModel suppressions() {
        return suppressions;
    }

    /** The Dockerfile fixes for what the table shows, when the scan has a linked Dockerfile. */
    public DockerfileFixesViewModel fixes() {
        return fixes;
    }

    /** The table's rows, filters, counts, selection, details and upgrade advice. */
    public VulnerabilityTable table() {
        return table;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What matching is doing, or what ended it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** -1 while matching (its length is unknown), then 1 or 0. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why there are no matches (no database, a damaged one…), with what to do; null otherwise. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The latest matches; null until matching succeeded once. */
    public ReadOnlyObjectProperty<VulnerabilityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** {@code The vulnerability database is 9 days old…}; empty while it is fresh. */
    public ReadOnlyStringProperty databaseWarningProperty() {
        return databaseWarning.getReadOnlyProperty();
    }

    /** Whether the window can show the database page ("Open the database page" button). */
    public boolean databasePageAvailable() {
        return database.databasePageAvailable();
    }

    /** Shows the vulnerability database page (update, import). */
    public void openDatabasePage() {
        database.openDatabasePage();
    }

    /** Active (not suppressed) matches per severity. */
    public int count(VulnerabilitySeverity severity) {
        VulnerabilityReport latest = report.get();
        return latest == null ? 0 : latest.countsBySeverity().get(severity);
    }
}
