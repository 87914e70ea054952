package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.endpoint.HostEnvironment;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LayerCacheTest {

    @TempDir
    Path temp;

    private final CountingAnalyzer analyzer = new CountingAnalyzer();

    private static final LayerBuilder BASE = LayerBuilder.create().file("etc/base.txt", "SECRET base")
            .file("var/lib/pkgdb", "libc 2.36\n");

    private ScannedImage scan(Path file, LayerCache cache) throws Exception {
        return ImageScanner.scan(ImageSource.file(file), List.of(analyzer), cache, ProgressListener.none(),
                CancellationToken.none());
    }

    private static List<Object> facts(ScannedImage image) {
        return image.layers().stream().map(l -> (Object) l.facts()).toList();
    }

    @Test
    void rescanningADockerSaveArchiveReadsNoLayerAgain() throws Exception {
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        Path file = ImageArchiveBuilder.create().layer(BASE, "ADD")
                .layer(LayerBuilder.create().file("app/a.txt", "SECRET app"), "COPY")
                .writeDockerArchive(temp.resolve("image.tar"));

        ScannedImage first = scan(file, cache);
        int callsFirst = analyzer.calls.get();
        ScannedImage second = scan(file, cache);

        assertThat(callsFirst).isEqualTo(3);
        assertThat(analyzer.calls.get()).as("manifest comes last: shortcuts by blob name").isEqualTo(callsFirst);
        assertThat(facts(second)).isEqualTo(facts(first));
        assertThat(second.secrets()).isEqualTo(first.secrets());
    }

    @Test
    void anImageSharingTheBaseLayerReadsOnlyItsNewLayer() throws Exception {
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        scan(ImageArchiveBuilder.create().layer(BASE, "ADD").writeDockerArchive(temp.resolve("base.tar")), cache);
        int callsForBase = analyzer.calls.get();

        ScannedImage derived = scan(ImageArchiveBuilder.create().manifestFirst().layer(BASE, "ADD")
                .layer(LayerBuilder.create().file("app/new.txt", "SECRET new"), "COPY")
                .writeDockerArchive(temp.resolve("derived.tar")), cache);

        assertThat(analyzer.calls.get() - callsForBase).isEqualTo(1);
        assertThat(derived.secrets()).hasSize(2);
        assertThat(derived.packages()).hasSize(1);
    }

    @Test
    void anOciFolderNeverOpensCachedLayers() throws Exception {
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        Path folder = ImageArchiveBuilder.create().layer(BASE, "ADD", ImageArchiveBuilder.Compression.GZIP)
                .writeOciDirectory(temp.resolve("oci"));
        scan(folder, cache);
        int calls = analyzer.calls.get();
        try (Stream<Path> blobs = Files.list(folder.resolve("blobs/sha256"))) {
            for (Path blob : blobs.toList()) {
                if (Files.readAllBytes(blob)[0] != '{') {
                    Files.write(blob, new byte[] {1, 2, 3}); // a layer that would now be unreadable
                }
            }
        }
        ScannedImage again = scan(folder, cache);
        assertThat(analyzer.calls.get()).isEqualTo(calls);
        assertThat(again.notes()).isEmpty();
        assertThat(again.packages()).hasSize(1);
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndWrittenAnew() throws Exception {
        Path folder = temp.resolve("cache");
        LayerCache cache = LayerCache.in(folder);
        Path file = ImageArchiveBuilder.create().layer(BASE, "ADD").writeDockerArchive(temp.resolve("image.tar"));
        ScannedImage first = scan(file, cache);
        try (Stream<Path> files = Files.list(folder.resolve("facts"))) {
            for (Path cached : files.toList()) {
                Files.writeString(cached, "{\"format\":1, \"facts\": [broken");
            }
        }
        ScannedImage second = scan(file, cache);
        int afterRewrite = analyzer.calls.get();
        ScannedImage third = scan(file, cache);

        assertThat(afterRewrite).isEqualTo(4);
        assertThat(analyzer.calls.get()).isEqualTo(afterRewrite);
        assertThat(facts(second)).isEqualTo(facts(first));
        assertThat(facts(third)).isEqualTo(facts(first));
    }

    @Test
    void aWrongShortcutMakesTheScanReadTheLayerAfterAll() throws Exception {
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        ImageArchiveBuilder image = ImageArchiveBuilder.create().layer(BASE, "ADD");
        Path file = image.writeDockerArchive(temp.resolve("image.tar"));
        ScannedImage first = scan(file, cache);
        String name = first.layers().get(0).diffId().substring("sha256:".length()) + "/layer.tar";
        String cachedDiffId = first.layers().get(0).diffId();
        // claim the blob's bytes were something else: the raw digest check must catch it
        cache.rememberShortcut(name, new LayerCache.Shortcut("sha256:" + "0".repeat(64), cachedDiffId));

        ScannedImage second = scan(file, cache);

        assertThat(analyzer.calls.get()).isEqualTo(4);
        assertThat(facts(second)).isEqualTo(facts(first));
    }

    @Test
    void theCacheLivesInEachSystemsCacheFolder() {
        Path root = temp;
        assertThat(LayerCache.defaultFolder(new HostEnvironment(Map.of(), "/home/ann", "Linux", root)))
                .isEqualTo(root.resolve("home/ann/.cache/drydock/layers"));
        assertThat(LayerCache.defaultFolder(new HostEnvironment(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/ann", "Linux",
                root))).isEqualTo(root.resolve("xdg/drydock/layers"));
        assertThat(LayerCache.defaultFolder(new HostEnvironment(Map.of(), "/Users/ann", "Mac OS X", root)))
                .isEqualTo(root.resolve("Users/ann/Library/Caches/Drydock/layers"));
        assertThat(LayerCache.defaultFolder(new HostEnvironment(Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"),
                "C:\\Users\\ann", "Windows 11", root))).isEqualTo(root.resolve("Users/ann/AppData/Local/Drydock/cache/layers"));
    }

    @Test
    void noCacheReadsEverythingEveryTime() throws Exception {
        Path file = ImageArchiveBuilder.create().layer(BASE, "ADD").writeDockerArchive(temp.resolve("image.tar"));
        scan(file, LayerCache.none());
        scan(file, LayerCache.none());
        assertThat(analyzer.calls.get()).isEqualTo(4);
    }
}
