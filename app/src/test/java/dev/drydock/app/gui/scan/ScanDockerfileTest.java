package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.layers.LayerCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings traced to the linked Dockerfile, without a toolkit: the fixture tarball is scanned for real. */
class ScanDockerfileTest {

    /** What the fixture's history says it was built from. */
    private static final String DOCKERFILE = "FROM debian:10\n# the app\nCOPY app /app\nRUN rm -rf /app/old\n";

    @TempDir
    Path folder;

    private final List<String> opened = new ArrayList<>();

    private ImageScanViewModel scanned() throws Exception {
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(ScanFixtures.tarball(folder)),
                UiTaskRunner.sameThread(), ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY);
        scan.dockerfile().useOpener((file, line) -> opened.add(file.getFileName() + ":" + line));
        scan.start();
        return scan;
    }

    private static ImageFindingRow secretRow(ImageScanViewModel scan) {
        return scan.findings().allRows().stream().filter(row -> row.ruleId().equals("DI1017")).findFirst().orElseThrow();
    }

    private static ImageFindingRow baseRow(ImageScanViewModel scan) {
        return scan.findings().allRows().stream().filter(ImageFindingRow::inherited).findFirst().orElseThrow();
    }

    @Test
    void findingsOfTheImagesOwnLayersNameTheirInstructionAndOpenIt() throws Exception {
        Path dockerfile = Files.writeString(folder.resolve("Dockerfile"), DOCKERFILE);
        ImageScanViewModel scan = scanned();
        assertThat(scan.dockerfile().attributionProperty().get()).as("nothing linked yet").isNull();
        assertThat(scan.dockerfile().textOf(secretRow(scan))).isEmpty();

        assertThat(scan.dockerfile().status().get()).isEmpty();
        scan.dockerfile().pathProperty().set(dockerfile);

        assertThat(scan.dockerfile().attributionProperty().get()).isNotNull();
        assertThat(scan.dockerfile().status().get()).startsWith("Findings traced to Dockerfile");
        assertThat(scan.dockerfile().textOf(secretRow(scan))).isEqualTo("Dockerfile:3");
        assertThat(scan.dockerfile().textOf(baseRow(scan))).as("inherited from the base image").isEmpty();
        assertThat(scan.dockerfile().open(secretRow(scan))).isTrue();
        assertThat(scan.dockerfile().open(baseRow(scan))).isFalse();
        assertThat(opened).containsExactly("Dockerfile:3");
    }

    @Test
    void aLinkedDockerfileIsTracedAgainAfterANewScan() throws Exception {
        Path dockerfile = Files.writeString(folder.resolve("Dockerfile"), DOCKERFILE);
        ImageScanViewModel scan = scanned();
        scan.dockerfile().pathProperty().set(dockerfile);

        scan.start();

        assertThat(scan.dockerfile().textOf(secretRow(scan))).isEqualTo("Dockerfile:3");
    }

    @Test
    void aLinkedDockerfileThatIsGoneIsExplained() throws Exception {
        ImageScanViewModel scan = scanned();

        scan.dockerfile().pathProperty().set(folder.resolve("missing/Dockerfile"));

        assertThat(scan.dockerfile().attributionProperty().get()).isNull();
        assertThat(scan.dockerfile().problemProperty().get().title()).contains("Could not read the linked Dockerfile");
        assertThat(scan.dockerfile().status().get()).isNotEmpty();
    }

    @Test
    void aDockerfileTheImageWasNotBuiltFromTracesNothingAndSaysSo() throws Exception {
        Path other = Files.writeString(folder.resolve("Other.Dockerfile"), "FROM alpine\nRUN apk add curl\n");
        ImageScanViewModel scan = scanned();

        scan.dockerfile().pathProperty().set(other);

        assertThat(scan.dockerfile().textOf(secretRow(scan))).isEmpty();
        assertThat(scan.dockerfile().status().get()).contains("Other.Dockerfile does not match the image's history");
    }
}
