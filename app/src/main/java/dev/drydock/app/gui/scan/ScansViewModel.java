package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.gui.vulnerabilities.DaemonBaseImages;
import dev.drydock.app.gui.vulnerabilities.DockerfileFixOpener;
import dev.drydock.app.gui.vulnerabilities.VulnerabilityDatabaseService;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.image.layers.LayerCache;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Scans page: one tab per scanned image (a tarball, or an image of the daemon), each scanning in
 * the background while the user works elsewhere. Asking to scan an image that already has a tab
 * shows that tab.
 */
public final class ScansViewModel {

    private final UiTaskRunner runner;
    private final DaemonAccess access;
    private final Clock clock;
    private final ObservableList<ImageScanViewModel> scans = FXCollections.observableArrayList();
    private final ObjectProperty<ImageScanViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private ImageInspector inspector;
    private VulnerabilityDatabaseService vulnerabilityDatabase = VulnerabilityDatabaseService.atDefaultLocation();
    private Function<ImageSummary, Optional<Path>> linkedDockerfiles = image -> Optional.empty();
    private ScanDockerfile.Opener dockerfileOpener = (file, line) -> { };
    private DockerfileFixOpener fixOpener = (file, fix) -> { };

    /** Scans with every analyzer and rule, layers cached in the user's cache folder. */
    public ScansViewModel(UiTaskRunner runner, DaemonAccess access, Clock clock) {
        this(runner, access, clock, ImageInspector.using(LayerCache.inUserCacheFolder()));
    }

    public ScansViewModel(UiTaskRunner runner, DaemonAccess access, Clock clock, ImageInspector inspector) {
        this.runner = Objects.requireNonNull(runner);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
        this.inspector = Objects.requireNonNull(inspector);
    }

    /** Scans from now on use {@code newInspector} (tests: a layer cache of their own). */
    public void useInspector(ImageInspector newInspector) {
        this.inspector = Objects.requireNonNull(newInspector);
    }

    /** The scanner new scans (and the overview's heatmap) use. */
    public ImageInspector inspector() {
        return inspector;
    }

    /** New scans match their packages against {@code database} (tests: a database of their own). */
    public void useVulnerabilityDatabase(VulnerabilityDatabaseService database) {
        this.vulnerabilityDatabase = Objects.requireNonNull(database);
    }

    /** The vulnerability database scans match against; tell it {@code reload()} after an update or import. */
    public VulnerabilityDatabaseService vulnerabilityDatabase() {
        return vulnerabilityDatabase;
    }

    /**
     * Daemon images with a linked Dockerfile ({@code linked}: the label or the user's link) have
     * their findings traced to its lines; {@code opener} shows the Dockerfile at a finding's line.
     */
    public void useDockerfiles(Function<ImageSummary, Optional<Path>> linked, ScanDockerfile.Opener opener) {
        this.linkedDockerfiles = Objects.requireNonNull(linked);
        this.dockerfileOpener = Objects.requireNonNull(opener);
        scans.forEach(scan -> scan.dockerfile().useOpener(opener));
    }

    /** "Apply in editor" of a scan's Dockerfile fixes opens the Dockerfile with the fix there (unsaved). */
    public void useDockerfileFixes(DockerfileFixOpener opener) {
        this.fixOpener = Objects.requireNonNull(opener);
        scans.forEach(scan -> scan.vulnerabilities().fixes().useEditor(opener));
    }

    /** The open scans, in the order they were asked for. */
    public ObservableList<ImageScanViewModel> scans() {
        return scans;
    }

    /** The scan whose tab is shown. */
    public ObjectProperty<ImageScanViewModel> selectedProperty() {
        return selected;
    }

    /** Scans an image tarball or OCI folder (works offline). */
    public ImageScanViewModel scanTarball(Path path) {
        return scan(ScanTarget.tarball(path));
    }

    /** Scans an image of the connected daemon. */
    public ImageScanViewModel scanDaemonImage(ImageSummary image) {
        ImageScanViewModel scan = scan(ScanTarget.daemonImage(access, image));
        scan.dockerfile().pathProperty().set(linkedDockerfiles.apply(image).orElse(null));
        return scan;
    }

    /** Shows the scan of {@code target}: its open tab, else a new one whose scan starts now. */
    public ImageScanViewModel scan(ScanTarget target) {
        Optional<ImageScanViewModel> open = scans.stream().filter(scan -> scan.target().key().equals(target.key())).findFirst();
        if (open.isPresent()) {
            selected.set(open.get());
            return open.get();
        }
        ImageScanViewModel scan = new ImageScanViewModel(target, runner, inspector, () -> LocalDate.now(clock),
                vulnerabilityDatabase, clock::instant);
        scan.dockerfile().useOpener(dockerfileOpener);
        ImageInspector scanner = inspector;
        scan.vulnerabilities().fixes().useEditor(fixOpener);
        scan.vulnerabilities().fixes().useBaseImages(new DaemonBaseImages(access, (source, progress, cancel) ->
                scanner.inspect(source, LocalDate.now(clock), progress, cancel).image(), vulnerabilityDatabase));
        scans.add(scan);
        selected.set(scan);
        scan.start();
        return scan;
    }

    /** Closes a scan's tab, cancelling it if it still runs. */
    public void close(ImageScanViewModel scan) {
        scan.dispose();
        int index = scans.indexOf(scan);
        scans.remove(scan);
        if (selected.get() == scan) {
            selected.set(scans.isEmpty() ? null : scans.get(Math.max(0, index - 1)));
        }
    }
}
