package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.findings.RuleExplanationViewModel;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulnerabilities.VulnerabilitiesViewModel;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.core.image.inspect.ImageReport;
import dev.drydock.core.image.rules.ImageRuleRegistry;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One image scan, as its tab shows it: the scan running in the background (progress, cancel), then
 * what it found, split into the Summary, Layers, Files, Packages, Vulnerabilities, Secrets and Findings tabs. The
 * scan can be run again; only the latest run's outcome is shown.
 */
public final class ImageScanViewModel {

    /** Where the scan is. */
    public enum State { RUNNING, DONE, FAILED, CANCELLED }

    private static final ImageRuleRegistry RULES = ImageRuleRegistry.standard();

    private final ScanTarget target;
    private final UiTaskRunner runner;
    private final ImageInspector inspector;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<ImageReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<ScanSummary.Section> summary = FXCollections.observableArrayList();
    private List<ScanSummary.Section> scanSummary = List.of();
    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList();
    private final ObservableList<SecretRow> secrets = FXCollections.observableArrayList();
    private final SecretReveals secretReveals;
    private final ScanDockerfile dockerfile;
    private final ScanSbomExport sbomExport;
    private final PackagesViewModel packages = new PackagesViewModel();
    private final ImageFindingsViewModel findings = new ImageFindingsViewModel();
    private final VulnerabilitiesViewModel vulnerabilities;
    private final RuleExplanationViewModel explanation = new RuleExplanationViewModel(RULES::metadata,
            ImageRuleRegistry::documentation);
    private final ReadOnlyObjectWrapper<FileNode> allFiles = new ReadOnlyObjectWrapper<>(this, "allFiles");
    private final ReadOnlyObjectWrapper<FileNode> shownFiles = new ReadOnlyObjectWrapper<>(this, "shownFiles");
    private final IntegerProperty filesLayer = new SimpleIntegerProperty(this, "filesLayer", -1);
    private final StringProperty filesText = new SimpleStringProperty(this, "filesText", "");
    private final BooleanProperty showDeleted = new SimpleBooleanProperty(this, "showDeleted", true);
    private RunningTask running;
    private long run;

    public ImageScanViewModel(ScanTarget target, UiTaskRunner runner, ImageInspector inspector, Supplier<LocalDate> today) {
        this(target, runner, inspector, today, VulnerabilityDatabaseService.atDefaultLocation(), Instant::now);
    }

    /**
     * @param database the vulnerability database the scanned packages are matched against
     * @param clock    the time the database's age is judged at
     */
    public ImageScanViewModel(ScanTarget target, UiTaskRunner runner, ImageInspector inspector, Supplier<LocalDate> today,
                              VulnerabilityDatabaseService database, Supplier<Instant> clock) {
        this.target = target;
        this.vulnerabilities = new VulnerabilitiesViewModel(runner, database, clock);
        vulnerabilities.stateProperty().addListener((obs, old, state) -> showSummary());
        vulnerabilities.reportProperty().addListener((obs, old, report) -> showSummary());
        this.runner = runner;
        this.inspector = inspector;
        this.today = today;
        this.secretReveals = new SecretReveals(target, runner);
        this.dockerfile = new ScanDockerfile(runner);
        vulnerabilities.fixes().dockerfileProperty().bind(dockerfile.pathProperty());
        this.sbomExport = new ScanSbomExport(target, runner);
        findings.selectedProperty().addListener((obs, old, now) -> explanation.show(now == null ? null : now.finding()));
        Runnable refilter = () -> shownFiles.set(allFiles.get() == null ? null
                : FileTree.filter(allFiles.get(), new FileTree.Filter(filesLayer.get(), filesText.get(), showDeleted.get())));
        filesLayer.addListener((obs, old, now) -> refilter.run());
        filesText.addListener((obs, old, now) -> refilter.run());
        showDeleted.addListener((obs, old, now) -> refilter.run());
        allFiles.addListener((obs, old, now) -> refilter.run());
    }

    public ScanTarget target() {
        return target;
    }

    /** Scans the image (again): the previous outcome stays until the new one arrives. */
    public void start() {
        if (state.get() == State.RUNNING && running != null) {
            return;
        }
        long thisRun = ++run;
        state.set(State.RUNNING);
        problem.set(null);
        message.set("Starting…");
        progress.set(-1);
        LocalDate day = today.get();
        RunningTask task = runner.submit(UiTask.of("Scanning " + target.name(), (token, listener) ->
                        inspector.inspect(target.opener().open(), day, listener, token))
                .onSuccess(result -> {
                    if (thisRun == run) {
                        show(result, day);
                        finish(State.DONE, "");
                    }
                })
                .onFailure(error -> {
                    if (thisRun == run) {
                        problem.set(UserMessage.of("Could not scan " + target.name(), error));
                        finish(State.FAILED, problem.get().message());
                    }
                })
                .onCancelled(() -> {
                    if (thisRun == run) {
                        finish(State.CANCELLED, "Scan cancelled.");
                    }
                }));
        if (thisRun == run && state.get() == State.RUNNING) {
            running = task;
            message.bind(task.messageProperty());
            progress.bind(task.progressProperty());
        }
    }

    /** Asks the running scan to stop at its next safe point. */
    public void cancel() {
        if (running != null && state.get() == State.RUNNING) {
            running.cancel();
        }
    }

    private void finish(State outcome, String text) {
        running = null;
        message.unbind();
        progress.unbind();
        message.set(text);
        progress.set(outcome == State.DONE ? 1 : 0);
        state.set(outcome);
    }

    private void show(ImageReport result, LocalDate day) {
        List<ImageFindingRow> findingRows = result.audit().findings().stream()
                .map(finding -> ImageFindingRow.of(finding, RULES.metadata(finding.ruleId()), result.image())).toList();
        findings.setFindings(findingRows);
        scanSummary = ScanSummary.of(result, findingRows, day);
        layers.setAll(LayerRows.of(result.image()));
        packages.setPackages(result.image().packages().stream().map(PackageRow::of).toList());
        secretReveals.reset();
        secrets.setAll(SecretRow.of(result.image(), findingRows));
        if (filesLayer.get() >= result.image().layers().size()) {
            filesLayer.set(-1);
        }
        allFiles.set(FileTree.of(result.image()));
        report.set(result);
        dockerfile.scanned(result.image());
        sbomExport.scanned(result.image());
        vulnerabilities.match(result.image());
        showSummary();
    }

    /** The scan's sections with the vulnerabilities' counts after the image's own contents. */
    private void showSummary() {
        if (scanSummary.isEmpty()) {
            return;
        }
        List<ScanSummary.Section> sections = new java.util.ArrayList<>(scanSummary);
        sections.add(Math.min(2, sections.size()), ScanSummary.vulnerabilities(vulnerabilities));
        summary.setAll(sections);
    }

    /** The tab is closed: stop matching, and stop hearing about database changes. */
    public void dispose() {
        cancel();
        vulnerabilities.dispose();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The scan's latest progress message, or what ended it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1 while the size is known, -1 while it is not. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last scan failed, for the user; null unless it did. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The latest scan's result; null until one succeeded. */
    public ReadOnlyObjectProperty<ImageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<ScanSummary.Section> summary() {
        return summary;
    }

    public ObservableList<LayerRow> layers() {
        return layers;
    }

    public PackagesViewModel packages() {
        return packages;
    }

    public ObservableList<SecretRow> secrets() {
        return secrets;
    }

    /** The Dockerfile the image was built from, when linked: findings traced to its lines. */
    public ScanDockerfile dockerfile() {
        return dockerfile;
    }

    /** "Export SBOM…" of the latest scan's image. */
    public ScanSbomExport sbomExport() {
        return sbomExport;
    }

    /** The explicit "reveal" of a secret in a file, in the Secrets tab. */
    public SecretReveals secretReveals() {
        return secretReveals;
    }

    /** The Vulnerabilities tab: the image's packages matched against the offline database. */
    public VulnerabilitiesViewModel vulnerabilities() {
        return vulnerabilities;
    }

    public ImageFindingsViewModel findings() {
        return findings;
    }

    /** The rule of the selected finding, explained. */
    public RuleExplanationViewModel explanation() {
        return explanation;
    }

    /** The whole file tree of the latest scan; null before one succeeded. */
    public ReadOnlyObjectProperty<FileNode> allFilesProperty() {
        return allFiles.getReadOnlyProperty();
    }

    /** The file tree as the filters leave it. */
    public ReadOnlyObjectProperty<FileNode> shownFilesProperty() {
        return shownFiles.getReadOnlyProperty();
    }

    /** Only what this layer (0-based) added, changed or deleted; -1 for the whole filesystem. */
    public IntegerProperty filesLayerProperty() {
        return filesLayer;
    }

    /** Only paths that contain this text (ignoring case). */
    public StringProperty filesTextProperty() {
        return filesText;
    }

    /** Whether paths a later layer deleted (still shipped in the image) are listed. */
    public BooleanProperty showDeletedProperty() {
        return showDeleted;
    }

    /** {@code Scanning…}, {@code 12 findings}, {@code Failed}: a few words for the tab. */
    public javafx.beans.binding.StringBinding statusText() {
        return Bindings.createStringBinding(() -> switch (state.get()) {
            case RUNNING -> "Scanning…";
            case DONE -> findings.allRows().size() + (findings.allRows().size() == 1 ? " finding" : " findings");
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        }, state, report);
    }
}
