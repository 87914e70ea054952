package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.scan.HiddenEntry;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.MergedEntry;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.ImageArchiveBuilder.Compression;
import dev.drydock.core.testing.LayerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageScannerTest {

    @TempDir
    Path temp;

    private final CountingAnalyzer analyzer = new CountingAnalyzer();

    static ScannedImage scan(Path file, FileAnalyzerList analyzers, LayerCache cache) throws ImageArchiveException {
        return ImageScanner.scan(ImageSource.file(file), analyzers.list(), cache, ProgressListener.none(),
                CancellationToken.none());
    }

    record FileAnalyzerList(List<dev.drydock.core.image.scan.FileAnalyzer> list) {
        static FileAnalyzerList of(dev.drydock.core.image.scan.FileAnalyzer... analyzers) {
            return new FileAnalyzerList(List.of(analyzers));
        }
    }

    private ScannedImage scan(ImageArchiveBuilder image) throws IOException, ImageArchiveException {
        return scan(image.writeDockerArchive(temp.resolve("image.tar")), FileAnalyzerList.of(analyzer), LayerCache.none());
    }

    @Test
    void whiteoutsDeleteFilesAndOpaqueFoldersHideLowerContent() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("etc/a", "a").file("etc/b", "b").file("opt/x/1", "1").file("opt/x/2", "2"),
                        "ADD rootfs")
                .layer(LayerBuilder.create().whiteout("etc/a").opaque("opt/x").file("opt/x/3", "3"), "RUN change"));

        assertThat(image.files()).containsKeys("etc/b", "opt/x", "opt/x/3").doesNotContainKeys("etc/a", "opt/x/1", "opt/x/2");
        assertThat(image.hidden()).extracting(h -> h.entry().path(), HiddenEntry::layer, HiddenEntry::hiddenBy,
                HiddenEntry::deleted).contains(
                org.assertj.core.groups.Tuple.tuple("etc/a", 0, 1, true),
                org.assertj.core.groups.Tuple.tuple("opt/x/1", 0, 1, true),
                org.assertj.core.groups.Tuple.tuple("opt/x/2", 0, 1, true));
        assertThat(image.notes()).isEmpty();
    }

    @Test
    void aFileDeletedAndAddedAgainCountsAsAddedByTheLaterLayer() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("app/config.txt", "one"), "COPY one")
                .layer(LayerBuilder.create().whiteout("app/config.txt"), "RUN rm")
                .layer(LayerBuilder.create().file("app/config.txt", "three"), "COPY three"));

        MergedEntry file = image.file("app/config.txt").orElseThrow();
        assertThat(file.addedIn()).isEqualTo(2);
        assertThat(file.changedIn()).isEmpty();
        assertThat(image.hidden()).singleElement().satisfies(h -> {
            assertThat(h.layer()).isZero();
            assertThat(h.hiddenBy()).isEqualTo(1);
        });
    }

    @Test
    void aReplacedFileIsChangedAndItsOldVersionHidden() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("etc/motd", "old"), "COPY")
                .layer(LayerBuilder.create().file("etc/motd", "new"), "COPY"));

        MergedEntry file = image.file("etc/motd").orElseThrow();
        assertThat(file.addedIn()).isZero();
        assertThat(file.changedIn()).containsExactly(1);
        assertThat(file.visibleFrom()).isEqualTo(1);
        assertThat(image.hidden()).extracting(HiddenEntry::layer, HiddenEntry::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, false));
    }

    @Test
    void aSecretInADeletedFileIsReportedAsHidden() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("root/key.txt", "SECRET=abc").file("root/visible.txt", "SECRET=def"),
                        "COPY keys")
                .layer(LayerBuilder.create().whiteout("root/key.txt"), "RUN rm /root/key.txt"));

        assertThat(image.secrets()).extracting(s -> s.fact().path(), Located::layer, Located::hidden)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/root/key.txt", 0, true),
                        org.assertj.core.groups.Tuple.tuple("/root/visible.txt", 0, false));
    }

    @Test
    void packagesCountOnlyFromTheVisiblePackageDatabase() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("var/lib/pkgdb", "libold 1.0\nlibssl 1.0\n"), "RUN install")
                .layer(LayerBuilder.create().file("var/lib/pkgdb", "libssl 3.0\n"), "RUN upgrade"));

        assertThat(image.packages()).extracting(p -> p.fact().name(), p -> p.fact().version(), Located::layer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("libssl", "3.0", 1));
    }

    @Test
    void gzipAndZstdLayersInAnOciLayoutReadLikePlainOnes() throws Exception {
        LayerBuilder base = LayerBuilder.create().file("etc/hello.txt", "SECRET hello");
        LayerBuilder top = LayerBuilder.create().file("var/lib/pkgdb", "zlib 1.3\n");
        ImageArchiveBuilder plain = ImageArchiveBuilder.create().repoTag("demo:1").layer(base, "ADD").layer(top, "RUN");
        ImageArchiveBuilder compressed = ImageArchiveBuilder.create().repoTag("demo:1")
                .layer(base, "ADD", Compression.GZIP).layer(top, "RUN", Compression.ZSTD);

        ScannedImage expected = scan(plain);
        ScannedImage oci = scan(compressed.writeOciLayout(temp.resolve("oci.tar")), FileAnalyzerList.of(analyzer),
                LayerCache.none());
        ScannedImage folder = scan(compressed.writeOciDirectory(temp.resolve("oci-dir")), FileAnalyzerList.of(analyzer),
                LayerCache.none());

        for (ScannedImage image : List.of(oci, folder)) {
            assertThat(image.notes()).isEmpty();
            assertThat(image.layers()).extracting(ScannedLayer::facts).isEqualTo(
                    expected.layers().stream().map(ScannedLayer::facts).toList());
            assertThat(image.files()).isEqualTo(expected.files());
            assertThat(image.config().repoTags()).containsExactly("demo:1");
        }
        assertThat(expected.layers().get(0).diffId()).isEqualTo(expected.config().diffIds().get(0));
    }

    @Test
    void configHistoryAndBaseLayersComeFromTheImageConfig() throws Exception {
        ImageArchiveBuilder builder = ImageArchiveBuilder.create().repoTag("web:1.0").user("app").env("A=b")
                .label("team", "ops").exposedPort("8080/tcp")
                .layer(LayerBuilder.create().file("etc/os", "base"), "/bin/sh -c #(nop) ADD file:abc in / ")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer(LayerBuilder.create().file("app/run", "x"), "COPY app /app # buildkit")
                .emptyStep("CMD [\"/app/run\"]");
        ScannedImage image = scan(builder);

        assertThat(image.config().imageId()).isEqualTo(builder.imageId());
        assertThat(image.config().repoTags()).containsExactly("web:1.0");
        assertThat(image.config().user()).isEqualTo("app");
        assertThat(image.config().labels()).containsEntry("team", "ops");
        assertThat(image.config().exposedPorts()).containsExactly("8080/tcp");
        assertThat(image.config().history()).hasSize(4);
        assertThat(image.layers()).extracting(ScannedLayer::fromBase).containsExactly(true, false);
        assertThat(image.layers().get(1).history().orElseThrow().createdBy()).startsWith("COPY app");
    }

    @Test
    void cancellingMidLayerStopsTheScan() throws Exception {
        CancellationToken cancel = CancellationToken.create();
        CountingAnalyzer cancelling = new CountingAnalyzer(1 << 20, cancel::cancel);
        LayerBuilder layer = LayerBuilder.create();
        for (int i = 0; i < 200; i++) {
            layer.file("file-" + i + ".txt", "x");
        }
        Path file = ImageArchiveBuilder.create().layer(layer, "ADD").writeDockerArchive(temp.resolve("image.tar"));
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> ImageScanner.scan(ImageSource.file(file), List.of(cancelling), LayerCache.none(),
                (message, done, total) -> progress.add(done), cancel)).isInstanceOf(CancelledException.class);
        // entries analysed at the moment of the cancel may finish (one per worker thread); no later one starts
        assertThat(cancelling.calls.get()).isBetween(1, Runtime.getRuntime().availableProcessors());
        assertThat(progress).isNotEmpty();
    }

    @Test
    void packageFactsKeepTheirPathAndPurl() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("var/lib/pkgdb", "curl 8.5\n"), "RUN"));
        PackageFact curl = image.packages().get(0).fact();
        assertThat(curl.path()).isEqualTo("var/lib/pkgdb");
        assertThat(curl.purl()).isEqualTo("pkg:deb/test/curl@8.5");
    }
}
