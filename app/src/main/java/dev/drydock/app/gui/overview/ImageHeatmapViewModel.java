package dev.drydock.app.gui.overview;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.scan.ScanTarget;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.vuln.VulnerabilitySeverity;
import dev.drydock.core.vuln.db.VulnerabilityDatabaseException;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The overview's heatmap: every local image scanned (through the layer cache, so a second run is quick)
 * and matched against the vulnerability database, one image after the other in the background, each
 * row filled in as its image is done. Progress and cancel; offline it has nothing to scan.
 */
public final class ImageHeatmapViewModel {

    /** Where the heatmap is. */
    public enum State { IDLE, SCANNING, DONE, CANCELLED, NO_DATABASE }

    private final UiTaskRunner runner;
    private final ObservableList<ImageSummary> images;
    private final ObservableValue<Boolean> connected;
    private final Supplier<ImageInspector> inspector;
    private final Supplier<VulnerabilityDatabaseService> database;
    private final Clock clock;
    private final Function<ImageSummary, ScanTarget> targets;
    private final ObservableList<HeatmapRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private Consumer<ImageSummary> opener = image -> { };
    private RunningTask running;
    private long run;

    /**
     * @param connected whether a daemon is connected (offline there are no local images)
     * @param targets   how an image of the list is read: {@code ScanTarget.daemonImage} in the window
     */
    public ImageHeatmapViewModel(UiTaskRunner runner, ObservableList<ImageSummary> images, ObservableValue<Boolean> connected,
                                 Supplier<ImageInspector> inspector, Supplier<VulnerabilityDatabaseService> database,
                                 Clock clock, Function<ImageSummary, ScanTarget> targets) {
        this.runner = Objects.requireNonNull(runner);
        this.images = Objects.requireNonNull(images);
        this.connected = Objects.requireNonNull(connected);
        this.inspector = Objects.requireNonNull(inspector);
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
        this.targets = Objects.requireNonNull(targets);
        connected.addListener((obs, old, now) -> {
            if (!Boolean.TRUE.equals(now)) {
                cancel();
                rows.clear();
                state.set(State.IDLE);
                message.set("");
            }
        });
    }

    /** What clicking a row does: open that image's scan. */
    public void useOpener(Consumer<ImageSummary> open) {
        this.opener = Objects.requireNonNull(open);
    }

    public boolean isConnected() {
        return Boolean.TRUE.equals(connected.getValue());
    }

    public ObservableValue<Boolean> connectedProperty() {
        return connected;
    }

    /** Scans and matches every local image, one after the other; nothing while offline or already scanning. */
    public void scanAll() {
        if (!isConnected() || state.get() == State.SCANNING) {
            return;
        }
        List<HeatmapRow> waiting = images.stream()
                .map(image -> HeatmapRow.waiting(image, targets.apply(image).name()))
                .sorted(java.util.Comparator.comparing(HeatmapRow::name)).toList();
        rows.setAll(waiting);
        run++;
        if (waiting.isEmpty()) {
            finish(State.DONE, "The daemon has no images.");
            return;
        }
        state.set(State.SCANNING);
        next(0, run);
    }

    /** Stops after the image being scanned; the rows done so far stay. */
    public void cancel() {
        if (state.get() == State.SCANNING) {
            run++;
            if (running != null) {
                running.cancel();
            }
            finish(State.CANCELLED, "Cancelled: the rows scanned so far are shown.");
        }
    }

    /** Opens the scan of the row's image. */
    public void open(HeatmapRow row) {
        if (row != null) {
            opener.accept(row.image());
        }
    }

    private void next(int index, long thisRun) {
        if (thisRun != run) {
            return;
        }
        if (index >= rows.size()) {
            running = null;
            finish(State.DONE, "Scanned " + rows.size() + (rows.size() == 1 ? " image." : " images."));
            return;
        }
        HeatmapRow row = rows.get(index);
        ScanTarget target = targets.apply(row.image());
        message.set("Scanning " + (index + 1) + " of " + rows.size() + ": " + row.name());
        progress.set((double) index / rows.size());
        replace(index, row.withNote("scanning…"));
        ImageInspector scanner = inspector.get();
        VulnerabilityDatabaseService vulnerabilities = database.get();
        LocalDate today = LocalDate.now(clock);
        var suppressions = vulnerabilities.suppressions().snapshot(); // the user's ignore files and VEX documents
        running = runner.submit(UiTask.of("Vulnerability heatmap: " + row.name(), (token, listener) -> {
                    ScannedImage image = scanner.inspect(target.opener().open(), today, listener, token).image();
                    return suppressions.apply(image.config()).apply(vulnerabilities.match(image, token).report(),
                            clock.instant()).countsBySeverity();
                })
                .onSuccess(counts -> {
                    if (thisRun == run) {
                        matched(index, counts);
                        next(index + 1, thisRun);
                    }
                })
                .onFailure(error -> {
                    if (thisRun != run) {
                        return;
                    }
                    if (error instanceof VulnerabilityDatabaseException missing
                            && missing.problem() == VulnerabilityDatabaseException.Problem.MISSING) {
                        rows.setAll(rows.stream().map(each -> each.withNote("not matched")).toList());
                        finish(State.NO_DATABASE, missing.getMessage() + " " + missing.advice());
                        return;
                    }
                    replace(index, rows.get(index).withNote("could not scan: " + UserMessage.of("", error).message()));
                    next(index + 1, thisRun);
                })
                .onCancelled(() -> {
                    if (thisRun == run) {
                        finish(State.CANCELLED, "Cancelled: the rows scanned so far are shown.");
                    }
                }));
    }

    private void matched(int index, Map<VulnerabilitySeverity, Integer> bySeverity) {
        HeatmapRow row = rows.get(index);
        replace(index, new HeatmapRow(row.image(), row.name(), HeatmapRow.folded(bySeverity), "", row.scale()));
        int scale = rows.stream().filter(HeatmapRow::matched)
                .flatMap(each -> each.counts().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        List<HeatmapRow> rescaled = new ArrayList<>(rows.size());
        rows.forEach(each -> rescaled.add(each.withScale(scale)));
        rows.setAll(rescaled);
    }

    private void replace(int index, HeatmapRow row) {
        rows.set(index, row);
    }

    private void finish(State outcome, String text) {
        running = null;
        rows.replaceAll(row -> row.note().equals("scanning…") || (outcome == State.CANCELLED && row.note().equals("waiting"))
                ? row.withNote(outcome == State.CANCELLED ? "not scanned" : row.note()) : row);
        message.set(text);
        progress.set(outcome == State.DONE ? 1 : 0);
        state.set(outcome);
    }

    /** One row per image, in name order. */
    public ObservableList<HeatmapRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** {@code Scanning 2 of 5: web:1.0}, or how the last run ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Images done / images, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
