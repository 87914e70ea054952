package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostileArchiveTest {

    @TempDir
    Path temp;

    private final CountingAnalyzer analyzer = new CountingAnalyzer();

    private ScannedImage scan(ImageArchiveBuilder image, LayerCache cache, ScanLimits limits) throws Exception {
        Path file = image.writeDockerArchive(temp.resolve("image.tar"));
        return ImageScanner.scan(ImageSource.file(file), List.of(analyzer), cache, ProgressListener.none(),
                CancellationToken.none(), limits);
    }

    private ScannedImage scan(ImageArchiveBuilder image) throws Exception {
        return scan(image, LayerCache.none(), ScanLimits.defaults());
    }

    @Test
    void entriesClimbingOutOfTheImageAreSkippedAndNothingIsWrittenOutsideTheCache() throws Exception {
        Path cacheFolder = temp.resolve("work/cache");
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .rawFile("../../escape.txt", "SECRET out")
                .rawFile("a/../../escape2.txt", "SECRET out")
                .rawFile("/etc/absolute.txt", "SECRET in")
                .rawFile("./usr/./lib//x.txt", "ok"), "ADD"), LayerCache.in(cacheFolder), ScanLimits.defaults());

        assertThat(image.files()).containsKeys("etc/absolute.txt", "usr/lib/x.txt")
                .doesNotContainKeys("escape.txt", "../../escape.txt", "escape2.txt");
        assertThat(image.notes()).filteredOn(n -> n.contains("outside the image")).hasSize(2);
        assertThat(image.secrets()).extracting(s -> s.fact().path()).containsExactly("/etc/absolute.txt");
        try (Stream<Path> written = Files.walk(temp)) {
            assertThat(written.filter(Files::isRegularFile).map(p -> temp.relativize(p).toString()))
                    .allMatch(p -> p.equals("image.tar") || p.startsWith("work/cache/"));
        }
    }

    @Test
    void symlinkLoopsAreKeptAsLinksAndNeverFollowed() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .symlink("loop/a", "b").symlink("loop/b", "a").symlink("self", "self"), "ADD"));

        assertThat(image.file("loop/a").orElseThrow().entry().type()).isEqualTo(EntryType.SYMLINK);
        assertThat(image.file("self").orElseThrow().entry().linkTarget()).isEqualTo("self");
        assertThat(image.notes()).isEmpty();
    }

    @Test
    void aHardLinkToAMissingTargetIsNoted() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .file("bin/real", "x").hardlink("bin/ok", "bin/real").hardlink("bin/dangling", "bin/nowhere")
                .hardlink("bin/out", "../../etc/shadow"), "ADD"));

        assertThat(image.file("bin/ok").orElseThrow().entry().linkTarget()).isEqualTo("bin/real");
        assertThat(image.notes()).anyMatch(n -> n.contains("bin/dangling") && n.contains("no layer holds"));
        assertThat(image.notes()).anyMatch(n -> n.contains("bin/out") && n.contains("outside the image"));
        assertThat(image.files()).doesNotContainKey("bin/out");
    }

    @Test
    void aHugeSparseFileIsNeitherExpandedNorReadPastTheAnalyzersLimit() throws Exception {
        long twoGigabytes = Integer.MAX_VALUE;
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .sparseFile("data/huge.bin", "SECRET".repeat(100).getBytes(), twoGigabytes), "ADD"));

        LayerEntry huge = image.file("data/huge.bin").orElseThrow().entry();
        assertThat(huge.size()).isEqualTo(twoGigabytes);
        assertThat(analyzer.bytesRead.get()).isEqualTo(1 << 20);
        assertThat(image.notes()).anyMatch(n -> n.contains("first 1048576 of its 2147483647 bytes"));
        assertThat(image.layers().get(0).diffId()).isEqualTo(image.config().diffIds().get(0));
    }

    @Test
    void aSparseFileBeyondWhatTheTarReaderHandlesEndsTheLayerWithANote() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .file("before.txt", "SECRET before")
                .sparseFile("data/huge.bin", "x".getBytes(), 1L << 40), "ADD"));

        assertThat(image.secrets()).extracting(s -> s.fact().path()).containsExactly("/before.txt");
        assertThat(image.notes()).anyMatch(n -> n.contains("damaged or incomplete"));
    }

    @Test
    void aDecompressionBombIsStoppedAndTheRestOfTheImageStillScanned() throws Exception {
        byte[] zeros = new byte[16 << 20];
        byte[] tar = LayerBuilder.create().file("bomb/zeros.bin", zeros, 0644).toTar();
        ScanLimits limits = new ScanLimits(1L << 40, 1L << 40, 100, 1 << 20, 1000);

        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("ok.txt", "SECRET fine"), "ADD")
                .rawLayer(gzip(tar), "sha256:" + "1".repeat(64), "ADD bomb"), LayerCache.none(), limits);

        assertThat(image.notes()).anyMatch(n -> n.contains("decompression bomb"));
        assertThat(image.secrets()).hasSize(1);
    }

    @Test
    void aLayerLargerThanAllowedIsStopped() throws Exception {
        ScanLimits limits = new ScanLimits(1 << 20, 1L << 40, 1000, 1L << 30, 1000);
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .layer(LayerBuilder.create().file("big.bin", new byte[2 << 20], 0644), "ADD"), LayerCache.none(), limits);
        assertThat(image.notes()).anyMatch(n -> n.contains("more than a layer may hold"));
    }

    @Test
    void aTruncatedLayerIsReadAsFarAsItGoesAndNeverCached() throws Exception {
        byte[] tar = LayerBuilder.create().file("a.txt", "SECRET early").file("b.bin", new byte[100_000], 0644)
                .file("c.txt", "SECRET late").toTar();
        byte[] compressed = gzip(tar);
        Path cacheFolder = temp.resolve("cache");
        ScannedImage image = scan(ImageArchiveBuilder.create()
                .rawLayer(Arrays.copyOf(compressed, compressed.length / 2), "sha256:" + "2".repeat(64), "ADD"),
                LayerCache.in(cacheFolder), ScanLimits.defaults());

        assertThat(image.notes()).anyMatch(n -> n.contains("damaged or incomplete"));
        assertThat(image.secrets()).extracting(s -> s.fact().path()).containsExactly("/a.txt");
        assertThat(cacheFolder.resolve("facts")).doesNotExist();
    }

    @Test
    void aTruncatedArchiveIsAClearError() throws Exception {
        byte[] archive = ImageArchiveBuilder.create().layer(LayerBuilder.create().file("a.txt", "x"), "ADD")
                .toDockerArchive();
        Path file = Files.write(temp.resolve("cut.tar"), Arrays.copyOf(archive, archive.length - 3000));

        assertThatThrownBy(() -> ImageScanner.scan(ImageSource.file(file), List.of(analyzer), LayerCache.none(),
                ProgressListener.none(), CancellationToken.none()))
                .isInstanceOf(ImageArchiveException.class)
                .hasMessageContaining("cut.tar is damaged or incomplete");
    }

    @Test
    void duplicateEntriesKeepTheLastCopyAndHideTheFirst() throws Exception {
        ScannedImage image = scan(ImageArchiveBuilder.create().layer(LayerBuilder.create()
                .file("etc/passwd", "first").file("etc/passwd", "second, longer"), "ADD"));

        assertThat(image.file("etc/passwd").orElseThrow().entry().size()).isEqualTo("second, longer".length());
        assertThat(image.hidden()).singleElement().satisfies(h -> {
            assertThat(h.entry().size()).isEqualTo(5);
            assertThat(h.hiddenBy()).isZero();
        });
        assertThat(image.notes()).anyMatch(n -> n.contains("etc/passwd more than once"));
    }

    @Test
    void notAnArchiveAndUnsafeArchiveNamesAreClearErrors() throws IOException {
        Path junk = Files.write(temp.resolve("junk.tar"), "this is not a tar file at all".repeat(40).getBytes());
        assertThatThrownBy(() -> ImageScanner.scan(ImageSource.file(junk), List.of(), LayerCache.none(),
                ProgressListener.none(), CancellationToken.none())).isInstanceOf(ImageArchiveException.class)
                .hasMessageContaining("junk.tar");
        Path missing = temp.resolve("missing.tar");
        assertThatThrownBy(() -> ImageScanner.scan(ImageSource.file(missing), List.of(), LayerCache.none(),
                ProgressListener.none(), CancellationToken.none())).isInstanceOf(ImageArchiveException.class)
                .hasMessageContaining("does not exist");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
