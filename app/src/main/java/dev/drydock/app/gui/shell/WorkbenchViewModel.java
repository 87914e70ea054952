package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.connection.ConnectionBackend;
import dev.drydock.app.gui.connection.ConnectionViewModel;
import dev.drydock.app.gui.connection.DaemonSession;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.containers.ContainersViewModel;
import dev.drydock.app.gui.images.ImagesViewModel;
import dev.drydock.app.gui.live.LiveFeed;
import dev.drydock.app.gui.overview.ContainerAuditsViewModel;
import dev.drydock.app.gui.overview.DaemonAuditViewModel;
import dev.drydock.app.gui.overview.ImageHeatmapViewModel;
import dev.drydock.app.gui.overview.OverviewViewModel;
import dev.drydock.app.gui.scan.ScanTarget;
import dev.drydock.app.gui.scan.ScansViewModel;
import dev.drydock.app.gui.seccomp.SeccompEditorViewModel;
import dev.drydock.app.gui.seccomp.SeccompLearningViewModel;
import dev.drydock.app.gui.seccomp.SeccompRuns;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulndb.DatabaseSettings;
import dev.drydock.app.gui.vulndb.VulnerabilityDatabaseViewModel;
import dev.drydock.app.gui.vulnerabilities.SuppressionFiles;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.daemon.live.ConnectionState;
import dev.drydock.core.daemon.live.ListChange;
import dev.drydock.core.vuln.db.DatabaseLocation;
import dev.drydock.core.vuln.db.UpdateSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The whole workbench: which page is shown, the live connection (opened, switched, closed) and the
 * pages' view-models, which it feeds from the connection's live updates.
 */
public final class WorkbenchViewModel implements LiveFeed.Target, AutoCloseable {

    private final UiTaskRunner runner;
    private final Executor uiThread;
    private final ConnectionBackend backend;
    private final WorkbenchPreferences preferences;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.CONTAINERS);
    private final ConnectionViewModel connection;
    private final ContainersViewModel containers;
    private final ImagesViewModel images;
    private final OverviewViewModel overview;
    private final ScansViewModel scans;
    private final VulnerabilityDatabaseViewModel vulnerabilityDatabase;
    private final ImageHeatmapViewModel heatmap;
    private final DaemonAuditViewModel daemonAudit;
    private final ContainerAuditsViewModel containerAudits;
    private final SeccompEditorViewModel seccomp;
    private final SeccompLearningViewModel seccompLearning;
    private volatile DaemonSession session;
    private LiveFeed feed;
    private long connectRequest;

    public WorkbenchViewModel(UiTaskRunner runner, Executor uiThread, ConnectionBackend backend,
                              WorkbenchPreferences preferences, UserPrompts prompts, Clock clock) {
        this.runner = runner;
        this.uiThread = uiThread;
        this.backend = backend;
        this.preferences = preferences;
        this.connection = new ConnectionViewModel(clock);
        this.containers = new ContainersViewModel(runner, this::daemon, prompts);
        containers.audit().followConnection(connection.connectedProperty());
        this.images = new ImagesViewModel(runner, this::daemon, prompts);
        this.scans = new ScansViewModel(runner, this::daemon, clock);
        DatabaseSettings databaseSettings = DatabaseSettings.of(preferences.vulnerabilityDatabaseMaxAgeDays(),
                preferences.vulnerabilityDatabaseBaseUrl());
        this.vulnerabilityDatabase = new VulnerabilityDatabaseViewModel(runner, clock, DatabaseLocation.defaultFile(),
                UpdateSettings.defaults().withBucket(databaseSettings.bucket()), databaseSettings.maxAge());
        useVulnerabilityPreferences(databaseSettings);
        this.seccomp = new SeccompEditorViewModel(runner, UiScheduler.using(uiThread));
        this.seccompLearning = new SeccompLearningViewModel(runner, SeccompRuns.onDaemon(this::daemon), seccomp,
                images.rows().source().rows(), connection.connectedProperty());
        this.overview = new OverviewViewModel(containers.rows().source().rows(), images.rows().source().rows());
        this.heatmap = new ImageHeatmapViewModel(runner, images.rows().source().rows(), overview.infoProperty().isNotNull(),
                scans::inspector, scans::vulnerabilityDatabase, clock, image -> ScanTarget.daemonImage(this::daemon, image));
        vulnerabilityDatabase.onDatabaseChanged(() -> scans.vulnerabilityDatabase().reload());
        scans.vulnerabilityDatabase().useDatabasePage(() -> page.set(Page.VULNERABILITY_DATABASE));
        heatmap.useOpener(image -> {
            page.set(Page.SCANS);
            scans.scanDaemonImage(image);
        });
        this.daemonAudit = new DaemonAuditViewModel(runner);
        this.containerAudits = new ContainerAuditsViewModel(runner, this::daemon, containers.rows().source().rows(),
                connection.connectedProperty());
        containerAudits.useOpener(container -> {
            page.set(Page.CONTAINERS);
            containers.openAudit(container);
        });
        connection.setRetryAction(() -> {
            DaemonSession current = session;
            if (current != null) {
                current.retryNow();
            } else {
                connect();
            }
        });
    }

    /** Scans warn after the user's age limit and apply the user's suppression files; both are remembered. */
    private void useVulnerabilityPreferences(DatabaseSettings databaseSettings) {
        VulnerabilityDatabaseService service = scans.vulnerabilityDatabase();
        service.maxAgeProperty().set(databaseSettings.maxAge());
        vulnerabilityDatabase.databaseSettings().onSaved(saved -> {
            preferences.saveVulnerabilityDatabaseSettings(saved.maxAgeDays(), saved.baseUrl().toString());
            service.maxAgeProperty().set(saved.maxAge());
        });
        SuppressionFiles suppressions = new SuppressionFiles(runner, preferences::saveSuppressionFiles);
        service.useSuppressions(suppressions);
        suppressions.load(preferences.suppressionFiles());
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ContainersViewModel containers() {
        return containers;
    }

    public ImagesViewModel images() {
        return images;
    }

    /** The image scans, one per scanned image. */
    public ScansViewModel scans() {
        return scans;
    }

    /** The offline vulnerability database: status, update, import. */
    public VulnerabilityDatabaseViewModel vulnerabilityDatabase() {
        return vulnerabilityDatabase;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    /** The overview's images × severity heatmap. */
    public ImageHeatmapViewModel heatmap() {
        return heatmap;
    }

    /** The overview's daemon and host audit. */
    public DaemonAuditViewModel daemonAudit() {
        return daemonAudit;
    }

    /** The overview's table of every container's audit score. */
    public ContainerAuditsViewModel containerAudits() {
        return containerAudits;
    }

    /** The seccomp profile editor. */
    public SeccompEditorViewModel seccomp() {
        return seccomp;
    }

    /** Learning a seccomp profile from a run, and verifying the editor's profile. */
    public SeccompLearningViewModel seccompLearning() {
        return seccompLearning;
    }

    public UiTaskRunner runner() {
        return runner;
    }

    public EndpointChoice endpointChoice() {
        return preferences.endpointChoice();
    }

    public WorkbenchPreferences preferences() {
        return preferences;
    }

    public ConnectionBackend backend() {
        return backend;
    }

    /** The daemon of the current session, for commands (worker threads). */
    DockerDaemon daemon() {
        DaemonSession current = session;
        if (current == null) {
            throw new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN,
                    "Drydock is not connected to a Docker daemon.", "Check the connection settings, then try again.");
        }
        return current.daemon();
    }

    /** Connects as the remembered choice says (on start, and after the choice changed). */
    public void connect() {
        EndpointChoice choice = preferences.endpointChoice();
        long request = ++connectRequest;
        DaemonSession previous = detach();
        runner.submit(UiTask.of("Connecting to the Docker daemon", (token, progress) -> {
            if (previous != null) {
                previous.close();
            }
            return backend.resolve(choice);
        }).quiet().onSuccess(endpoint -> {
            if (request == connectRequest) {
                open(endpoint);
            }
        }).onFailure(error -> {
            if (request == connectRequest) {
                DaemonAccessException problem = error instanceof DaemonAccessException known ? known
                        : error instanceof EndpointException endpoint
                        ? new DaemonAccessException(DaemonAccessException.Problem.BAD_ENDPOINT, endpoint.getMessage(),
                        endpoint.advice().isEmpty() ? "Choose a daemon in Connection settings." : endpoint.advice(), endpoint)
                        : new DaemonAccessException(DaemonAccessException.Problem.BAD_ENDPOINT,
                        "Drydock could not work out which Docker daemon to use: " + error.getMessage(),
                        "Choose a daemon in Connection settings.", error);
                connection.update(new ConnectionState(ConnectionState.Status.OFFLINE, null, null, problem, 0, null));
            }
        }));
    }

    /** Remembers the user's choice and switches the live connection to it. */
    public void applyEndpointChoice(EndpointChoice choice) {
        preferences.saveEndpointChoice(choice);
        connect();
    }

    private void open(DockerEndpoint endpoint) {
        connection.connecting(endpoint);
        LiveFeed newFeed = new LiveFeed(uiThread, this);
        feed = newFeed;
        long request = connectRequest;
        runner.submit(UiTask.of("Connecting to " + endpoint.uri(), (token, progress) -> backend.open(endpoint, newFeed))
                .quiet()
                .onSuccess(opened -> {
                    if (request == connectRequest) {
                        session = opened;
                    } else {
                        runner.submit(UiTask.of("Closing " + endpoint.uri(), (t, p) -> close(opened)).quiet());
                    }
                }));
    }

    private static Void close(DaemonSession session) {
        session.close();
        return null;
    }

    /** Stops listening to the current session and forgets its rows; returns it for closing. */
    private DaemonSession detach() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
        DaemonSession previous = session;
        session = null;
        if (previous != null) {
            containers.apply(ListChange.resetTo(List.of()));
            images.apply(ListChange.resetTo(List.of()));
            overview.showDaemon(null);
            daemonAudit.show(null, null);
        }
        return previous;
    }

    @Override
    public void connectionChanged(ConnectionState state) {
        connection.update(state);
        if (state.connected()) {
            overview.showDaemon(state.info());
            daemonAudit.show(state.info(), state.endpoint());
        } else {
            daemonAudit.show(null, null);
        }
    }

    @Override
    public void containersChanged(ListChange<ContainerSummary> change) {
        containers.apply(change);
    }

    @Override
    public void imagesChanged(ListChange<ImageSummary> change) {
        images.apply(change);
    }

    @Override
    public void close() {
        connectRequest++;
        DaemonSession previous = detach();
        if (previous != null) {
            previous.close();
        }
        runner.close();
    }
}
