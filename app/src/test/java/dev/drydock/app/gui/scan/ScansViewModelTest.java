package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.Rows;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.image.layers.LayerCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ScansViewModelTest {

    @TempDir
    Path folder;

    private final ScansViewModel scans = new ScansViewModel(UiTaskRunner.sameThread(), () -> {
        throw new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN,
                "Drydock is not connected to a Docker daemon.", "Check the connection settings, then try again.");
    }, Clock.fixed(ScanFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            ImageInspector.using(LayerCache.none()));

    @Test
    void scanningATarballOpensItsScanAndShowsIt() throws Exception {
        ImageScanViewModel scan = scans.scanTarball(ScanFixtures.tarball(folder));

        assertThat(scans.scans()).containsExactly(scan);
        assertThat(scans.selectedProperty().get()).isSameAs(scan);
        assertThat(scan.target().name()).isEqualTo("scan-fixture.tar");
        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.DONE);
    }

    @Test
    void theSameImageAgainShowsItsOpenScan() throws Exception {
        Path tarball = ScanFixtures.tarball(folder);
        ImageScanViewModel first = scans.scanTarball(tarball);
        ImageScanViewModel other = scans.scanTarball(ScanFixtures.archive("other:1").writeDockerArchive(folder.resolve("other.tar")));

        assertThat(scans.scanTarball(folder.resolve(".").resolve("scan-fixture.tar"))).isSameAs(first);
        assertThat(scans.scans()).containsExactly(first, other);
        assertThat(scans.selectedProperty().get()).isSameAs(first);
    }

    @Test
    void closingAScanSelectsItsNeighbour() throws Exception {
        ImageScanViewModel first = scans.scanTarball(ScanFixtures.tarball(folder));
        ImageScanViewModel second = scans.scanTarball(ScanFixtures.archive("other:1").writeDockerArchive(folder.resolve("other.tar")));

        scans.close(second);

        assertThat(scans.scans()).containsExactly(first);
        assertThat(scans.selectedProperty().get()).isSameAs(first);
        scans.close(first);
        assertThat(scans.selectedProperty().get()).isNull();
    }

    @Test
    void aDaemonImageWithoutAConnectionFailsWithTheConnectionsAdvice() {
        ImageScanViewModel scan = scans.scanDaemonImage(Rows.image("sha256:" + "ab".repeat(32), "web:1.0", 1000));

        assertThat(scan.target().name()).isEqualTo("web:1.0");
        assertThat(scan.stateProperty().get()).isEqualTo(ImageScanViewModel.State.FAILED);
        assertThat(scan.problemProperty().get().message()).isEqualTo("Drydock is not connected to a Docker daemon.");
        assertThat(scan.problemProperty().get().advice()).isEqualTo("Check the connection settings, then try again.");
    }
}
