package dev.drydock.app.gui.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.sbom.SbomFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "Export SBOM…" of a finished scan, without a toolkit: the fixture image is scanned and exported for real. */
class ScanSbomExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private ImageScanViewModel scanned() throws Exception {
        ImageScanViewModel scan = new ImageScanViewModel(ScanTarget.tarball(ScanFixtures.tarball(folder)),
                UiTaskRunner.sameThread(), ImageInspector.using(LayerCache.none()), () -> ScanFixtures.TODAY);
        scan.start();
        return scan;
    }

    @Test
    void cycloneDxExportListsEveryPackageAndSaysWhatItWrote() throws Exception {
        ScanSbomExport export = scanned().sbomExport();
        Path file = folder.resolve("out.cdx.json");

        export.export(SbomFormat.CYCLONEDX, file);

        JsonNode bom = JSON.readTree(file.toFile());
        assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(names(bom.path("components"))).contains("bash", "libc6", "left-pad");
        assertThat(export.statusProperty().get()).isEqualTo("Wrote " + file + " (3 packages)");
        assertThat(export.problemProperty().get()).isNull();
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void spdxExportListsEveryPackage() throws Exception {
        ScanSbomExport export = scanned().sbomExport();
        Path file = folder.resolve("out.spdx.json");

        export.export(SbomFormat.SPDX, file);

        JsonNode document = JSON.readTree(file.toFile());
        assertThat(document.path("spdxVersion").asText()).isEqualTo("SPDX-2.3");
        assertThat(names(document.path("packages"))).contains("bash", "libc6", "left-pad");
        assertThat(export.statusProperty().get()).startsWith("Wrote " + file);
    }

    @Test
    void theChooserIsOfferedANameAfterTheImageAndCancellingWritesNothing() throws Exception {
        ScanSbomExport export = scanned().sbomExport();
        List<String> offered = new ArrayList<>();

        export.exportTo(SbomFormat.SPDX, (format, suggested) -> {
            offered.add(suggested);
            return Optional.empty();
        });
        export.exportTo(SbomFormat.CYCLONEDX, (format, suggested) -> Optional.of(folder.resolve(suggested)));

        assertThat(offered).containsExactly("scan-fixture.spdx.json");
        assertThat(folder.resolve("scan-fixture.spdx.json")).doesNotExist();
        assertThat(folder.resolve("scan-fixture.cdx.json")).isNotEmptyFile();
    }

    @Test
    void anImageNameBecomesASafeFileName() {
        ScanSbomExport export = new ScanSbomExport(new ScanTarget("daemon:x", "registry.example/team/web:1.0", "Docker daemon",
                () -> { throw new IllegalStateException("not opened"); }), UiTaskRunner.sameThread());

        assertThat(export.suggestedName(SbomFormat.CYCLONEDX)).isEqualTo("web-1.0.cdx.json");
        assertThat(export.availableProperty().get()).as("nothing scanned yet").isFalse();
    }

    @Test
    void aFolderThatDoesNotExistGivesAMessageNotAStackTrace() throws Exception {
        ScanSbomExport export = scanned().sbomExport();
        Path file = folder.resolve("missing").resolve("out.cdx.json");

        export.export(SbomFormat.CYCLONEDX, file);

        assertThat(file).doesNotExist();
        assertThat(export.problemProperty().get()).isNotNull();
        assertThat(export.problemProperty().get().title()).isEqualTo("Could not export the CycloneDX 1.6 JSON SBOM of scan-fixture.tar");
        assertThat(export.problemProperty().get().message()).contains(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(export.problemProperty().get().advice()).contains("you may write there");
        assertThat(export.statusProperty().get()).isEqualTo(export.problemProperty().get().message());
        assertThat(export.runningProperty().get()).isFalse();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }
}
