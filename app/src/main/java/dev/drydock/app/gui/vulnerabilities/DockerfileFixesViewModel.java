package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.findings.FixPreview;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.advice.AdvisedFix;
import dev.drydock.core.vuln.advice.BaseImageAdvice;
import dev.drydock.core.vuln.advice.DockerfileAdvice;
import dev.drydock.core.vuln.advice.SeverityCounts;
import dev.drydock.core.vuln.match.VulnerabilityReport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "Dockerfile fixes" of the Vulnerabilities tab: when the scan has a linked Dockerfile, core's advice
 * ({@link DockerfileAdvice}, and {@link BaseImageAdvice} over the daemon's newer local tags of the base image)
 * for the active vulnerabilities the tab shows, each with a preview of its diff and "Apply in editor", which
 * opens the Dockerfile in the editor with the fix as an unsaved change. The file is never written here.
 *
 * <p>The Dockerfile is read and the advice computed in the background; the base image comparison (it reads
 * other images) runs once per Dockerfile and scan, with progress and cancel, and is simply absent offline.
 */
public final class DockerfileFixesViewModel {

    /** Where the advice is. */
    public enum State {
        /** No Dockerfile is linked to the scan: linking one enables fixes. */
        NO_DOCKERFILE,
        /** A Dockerfile is linked; the scan or its matching is not done yet. */
        WAITING,
        ADVISING,
        DONE,
        /** The Dockerfile could not be read. */
        FAILED
    }

    /** The linked Dockerfile as read when the advice was made: the fixes are made for this text. */
    private record ReadDockerfile(Path path, String text, Dockerfile dockerfile) {
    }

    private final UiTaskRunner runner;
    private final VulnerabilityTable table;
    private final ObservableValue<VulnerabilityReport> report;
    private final ObjectProperty<Path> dockerfile = new SimpleObjectProperty<>(this, "dockerfile");
    private final ObservableList<DockerfileFixRow> fixes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DockerfileFixRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<FixPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_DOCKERFILE);
    private final ReadOnlyObjectWrapper<UserMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper(this, "comparison", "");
    private final ReadOnlyDoubleWrapper comparisonProgress = new ReadOnlyDoubleWrapper(this, "comparisonProgress", -1);
    private BaseImageCounts baseImages = BaseImageCounts.none();
    private DockerfileFixOpener editor = (file, fix) -> { };
    private ScannedImage image;
    private ReadDockerfile read;
    private Map<String, SeverityCounts> newerBases = Map.of();
    private RunningTask comparisonTask;
    private long readRun;
    private long adviceRun;

    /**
     * @param table  the tab's table: the advice is for the active (not suppressed) rows it shows
     * @param report the tab's latest report (its upgrades); null before matching
     */
    public DockerfileFixesViewModel(UiTaskRunner runner, VulnerabilityTable table, ObservableValue<VulnerabilityReport> report) {
        this.runner = Objects.requireNonNull(runner);
        this.table = Objects.requireNonNull(table);
        this.report = Objects.requireNonNull(report);
        dockerfile.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                read();
            }
        });
        table.rows().addListener((ListChangeListener<VulnerabilityRow>) change -> advise());
        report.addListener((obs, old, now) -> advise());
        selected.addListener((obs, old, now) -> preview.set(now == null || read == null ? null
                : FixPreview.ofFix(fileName(read.path()), read.text(), now.fix())));
    }

    /** Where the newer local tags of a base image come from (the connected daemon). */
    public void useBaseImages(BaseImageCounts counts) {
        this.baseImages = Objects.requireNonNull(counts);
    }

    /** Where "Apply in editor" goes (the Dockerfiles page). */
    public void useEditor(DockerfileFixOpener opener) {
        this.editor = Objects.requireNonNull(opener);
    }

    /** The scan's linked Dockerfile; null when none is. */
    public ObjectProperty<Path> dockerfileProperty() {
        return dockerfile;
    }

    /** A scan finished: advice is for this image (its history places the upgrade step). */
    public void scanned(ScannedImage scannedImage) {
        this.image = Objects.requireNonNull(scannedImage);
        read();
    }

    /** Reads the linked Dockerfile again and compares base images again. */
    public void refresh() {
        read();
    }

    private void read() {
        long thisRun = ++readRun;
        adviceRun++;
        cancelComparison();
        read = null;
        newerBases = Map.of();
        problem.set(null);
        comparison.set("");
        show(List.of());
        Path file = dockerfile.get();
        if (file == null) {
            state.set(State.NO_DOCKERFILE);
            return;
        }
        if (image == null) {
            state.set(State.WAITING);
            return;
        }
        state.set(State.ADVISING);
        runner.submit(UiTask.of("Reading " + fileName(file), (token, progress) -> {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    return new ReadDockerfile(file, text, Dockerfile.parse(text));
                })
                .quiet()
                .onSuccess(found -> {
                    if (thisRun == readRun) {
                        read = found;
                        advise();
                        compareBaseImages(found);
                    }
                })
                .onFailure(error -> {
                    if (thisRun == readRun) {
                        problem.set(UserMessage.of("Could not read the linked Dockerfile " + file, error));
                        state.set(State.FAILED);
                    }
                }));
    }

    /** Advice for what the table shows now (its filters and suppressions), with the base images compared so far. */
    private void advise() {
        ReadDockerfile current = read;
        VulnerabilityReport latest = report.getValue();
        if (current == null) {
            return;
        }
        if (latest == null) {
            state.set(State.WAITING);
            return;
        }
        long thisRun = ++adviceRun;
        VulnerabilityReport shown = new VulnerabilityReport(table.rows().stream().filter(row -> !row.suppressed())
                .map(VulnerabilityRow::match).toList(), latest.upgrades(), List.of(), 0);
        ScannedImage scanned = image;
        Map<String, SeverityCounts> bases = newerBases;
        state.set(State.ADVISING);
        runner.submit(UiTask.of("Advising Dockerfile fixes", (token, progress) -> {
                    List<AdvisedFix> advice = new ArrayList<>(DockerfileAdvice.of(current.dockerfile(), scanned, shown));
                    BaseImageAdvice.advise(current.dockerfile(), SeverityCounts.inherited(shown), bases).ifPresent(advice::add);
                    return advice;
                })
                .quiet()
                .onSuccess(advice -> {
                    if (thisRun == adviceRun) {
                        show(advice.stream().map(DockerfileFixRow::new).toList());
                        state.set(State.DONE);
                    }
                })
                .onFailure(error -> {
                    if (thisRun == adviceRun) {
                        problem.set(UserMessage.of("Could not advise Dockerfile fixes", error));
                        state.set(State.FAILED);
                    }
                }));
    }

    private void compareBaseImages(ReadDockerfile current) {
        if (BaseImageAdvice.baseImage(current.dockerfile()).isEmpty()) {
            return;
        }
        long thisRun = readRun;
        BaseImageCounts counts = baseImages;
        comparing.set(true);
        comparison.set("Looking for newer local tags of " + BaseImageAdvice.baseImage(current.dockerfile()).get() + "…");
        RunningTask task = runner.submit(UiTask.of("Comparing base images",
                        (token, progress) -> counts.of(current.dockerfile(), progress, token))
                .onSuccess(found -> {
                    if (thisRun == readRun) {
                        endComparison(found.isEmpty() ? "" : "Compared with " + String.join(", ", found.keySet()) + ".");
                        newerBases = Map.copyOf(found);
                        advise();
                    }
                })
                .onFailure(error -> {
                    if (thisRun == readRun) {
                        // offline there is simply no base image advice
                        endComparison(offline(error) ? ""
                                : "Base images not compared: " + UserMessage.of("", error).message());
                    }
                })
                .onCancelled(() -> {
                    if (thisRun == readRun) {
                        endComparison("Base image comparison cancelled.");
                    }
                }));
        if (thisRun == readRun && comparing.get()) {
            comparisonTask = task;
            String looking = comparison.get();
            comparison.bind(Bindings.when(task.messageProperty().isEmpty()).then(looking).otherwise(task.messageProperty()));
            comparisonProgress.bind(task.progressProperty());
        }
    }

    private void endComparison(String text) {
        comparison.unbind();
        comparisonProgress.unbind();
        comparisonProgress.set(0);
        comparisonTask = null;
        comparing.set(false);
        comparison.set(text);
    }

    /** Stops comparing base images; the other fixes stay. */
    public void cancelComparison() {
        if (comparisonTask != null && comparing.get()) {
            comparisonTask.cancel();
        }
    }

    private void show(List<DockerfileFixRow> rows) {
        String kept = selected.get() == null ? null : selected.get().title();
        fixes.setAll(rows);
        select(rows.stream().filter(row -> row.title().equals(kept)).findFirst().orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    /** Selects a listed fix (its preview shows); null clears. */
    public void select(DockerfileFixRow row) {
        selected.set(row != null && fixes.contains(row) ? row : null);
    }

    /**
     * Opens the Dockerfile in the editor with the selected fix applied, unsaved; false when nothing is selected.
     */
    public boolean applySelected() {
        DockerfileFixRow row = selected.get();
        ReadDockerfile current = read;
        if (row == null || current == null) {
            return false;
        }
        editor.openWithFix(current.path(), row.fix());
        return true;
    }

    public ObservableList<DockerfileFixRow> fixes() {
        return fixes;
    }

    public ReadOnlyObjectProperty<DockerfileFixRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the selected fix does to the Dockerfile; null while none is selected. */
    public ReadOnlyObjectProperty<FixPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why there is no advice (the Dockerfile cannot be read…); null otherwise. */
    public ReadOnlyObjectProperty<UserMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** 0..1 while comparing base images, -1 while the amount is unknown. */
    public ReadOnlyDoubleProperty comparisonProgressProperty() {
        return comparisonProgress.getReadOnlyProperty();
    }

    /** Whether the daemon's newer tags of the base image are being read. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** What the base image comparison is doing or found; empty when there is nothing to say (offline). */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** {@code Dockerfile fixes (2)}. */
    public StringBinding headline() {
        return Bindings.createStringBinding(() -> "Dockerfile fixes (" + fixes.size() + ")", fixes);
    }

    /** What the section says instead of (or above) the list. */
    public StringBinding note() {
        return Bindings.createStringBinding(() -> {
            String name = dockerfile.get() == null ? "" : fileName(dockerfile.get());
            return switch (state.get()) {
                case NO_DOCKERFILE -> "No Dockerfile is linked to this image. Link the Dockerfile it was built from "
                        + "(Link Dockerfile… on the Findings tab or the Images page) to get one-click fixes here.";
                case WAITING -> "Fixes for " + name + " are advised once the vulnerabilities are matched.";
                case ADVISING -> "Advising fixes for " + name + "…";
                case FAILED -> problem.get() == null ? "No advice." : problem.get().message()
                        + (problem.get().advice().isEmpty() ? "" : " " + problem.get().advice());
                case DONE -> fixes.isEmpty() ? "No fix for " + name + ": it pins nothing that a known fix would change, "
                        + "and no OS package shown has a fixed version." : "Fixes for " + name
                        + ": Apply in editor opens it with the fix as an unsaved change to review and save.";
            };
        }, state, fixes, problem, dockerfile);
    }

    /** Not connected to a daemon (or it cannot be reached): there is no base image advice, and nothing to say. */
    private static boolean offline(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DaemonAccessException || cause instanceof EndpointException) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
