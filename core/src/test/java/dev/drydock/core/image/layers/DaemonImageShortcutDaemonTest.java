package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A re-scan of an unchanged daemon image comes from the cache without an export; any change exports again. */
@DaemonTest
class DaemonImageShortcutDaemonTest {

    @TempDir
    Path temp;

    private final AtomicInteger exports = new AtomicInteger();
    private final CountingAnalyzer analyzer = new CountingAnalyzer();

    @Test
    void reScanOfTheSameImageNeedsNoExportAndGivesTheSameScan() throws Exception {
        TestImage image = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("shortcut"))
                .layer(LayerBuilder.create().file("root/token.txt", "SECRET token").file("var/lib/pkgdb", "app 1.0\n"),
                        "COPY files /"));
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        try (DockerDaemon daemon = counting(DockerDaemons.open(TestDocker.endpoint()))) {
            ScannedImage first = scan(daemon, image.reference(), cache);
            int callsAfterFirst = analyzer.calls.get();
            ScannedImage again = scan(daemon, image.reference(), cache);

            assertThat(exports.get()).as("only the first scan exports").isEqualTo(1);
            assertThat(analyzer.calls.get()).isEqualTo(callsAfterFirst);
            assertThat(again).isEqualTo(first);
            assertThat(again.config().imageId()).isEqualTo(image.id());
            assertThat(again.config().repoTags()).containsExactly(image.reference());

            ScannedImage withoutCache = scan(daemon, image.reference(), LayerCache.none());
            assertThat(exports.get()).as("no cache, no shortcut").isEqualTo(2);
            assertThat(withoutCache).isEqualTo(first);
        }
    }

    @Test
    void aTagMovedToAnotherImageOrAMissingLayerIsExportedAgain() throws Exception {
        String tag = TestImages.uniqueTag("shortcut");
        TestImage before = TestImages.load(TestImages.tinyArchive(tag));
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        try (DockerDaemon daemon = counting(DockerDaemons.open(TestDocker.endpoint()))) {
            assertThat(scan(daemon, tag, cache).config().imageId()).isEqualTo(before.id());
            TestImage after = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("shortcut"))
                    .layer(LayerBuilder.create().file("etc/motd.txt", "moved"), "COPY motd"));
            int colon = tag.lastIndexOf(':');
            TestDocker.client().tagImageCmd(after.id(), tag.substring(0, colon), tag.substring(colon + 1))
                    .withForce().exec();

            ScannedImage moved = scan(daemon, tag, cache);
            assertThat(exports.get()).isEqualTo(2);
            assertThat(moved.config().imageId()).isEqualTo(after.id());
            assertThat(moved.files()).containsKey("etc/motd.txt");

            try (Stream<Path> facts = Files.list(temp.resolve("cache").resolve("facts"))) {
                for (Path file : facts.toList()) {
                    Files.delete(file);
                }
            }
            ScannedImage reread = scan(daemon, tag, cache);
            assertThat(exports.get()).as("a layer no longer cached").isEqualTo(3);
            assertThat(reread).isEqualTo(moved);
        }
    }

    @Test
    void aCorruptRememberedExportCountsAsAMiss() throws Exception {
        TestImage image = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("shortcut")));
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        try (DockerDaemon daemon = counting(DockerDaemons.open(TestDocker.endpoint()))) {
            ScannedImage first = scan(daemon, image.reference(), cache);
            try (Stream<Path> remembered = Files.list(temp.resolve("cache").resolve("daemon-images"))) {
                for (Path file : remembered.toList()) {
                    Files.writeString(file, "{\"format\":1,\"reference\":\"" + image.reference()
                            + "\",\"config\":\"e30=\",\"repoTags\":[]}");
                }
            }
            assertThat(scan(daemon, image.reference(), cache)).isEqualTo(first);
            assertThat(exports.get()).as("a config that is not the image id's is not used").isEqualTo(2);
        }
    }

    private ScannedImage scan(DockerDaemon daemon, String reference, LayerCache cache) throws Exception {
        return ImageScanner.scan(ImageSource.daemon(daemon, reference, -1), List.of(analyzer), cache,
                ProgressListener.none(), CancellationToken.none());
    }

    /** The daemon, counting its exports. */
    private DockerDaemon counting(DockerDaemon daemon) {
        return (DockerDaemon) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DockerDaemon.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("exportImage")) {
                        exports.incrementAndGet();
                    }
                    try {
                        return method.invoke(daemon, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
