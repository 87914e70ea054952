package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.image.scan.ScannedLayer;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A daemon image is read from its export by the same reader as its tarball, with the same result. */
@DaemonTest
class DaemonImageScanDaemonTest {

    @TempDir
    Path temp;

    @Test
    void scanningTheDaemonsExportGivesWhatTheTarballGives() throws Exception {
        ImageArchiveBuilder archive = TestImages.busyboxArchive(TestImages.uniqueTag("scan"))
                .emptyStep("/bin/sh -c #(nop)  CMD [\"sh\"]")
                .layer(LayerBuilder.create().file("root/token.txt", "SECRET token").file("var/lib/pkgdb", "app 1.0\n"),
                        "COPY files /")
                .layer(LayerBuilder.create().whiteout("root/token.txt").file("etc/motd.txt", "hello"), "RUN rm token");
        TestImage loaded = TestImages.load(archive);
        Path tarball = archive.writeDockerArchive(temp.resolve("image.tar"));
        CountingAnalyzer analyzer = new CountingAnalyzer();

        ScannedImage fromFile = ImageScanner.scan(ImageSource.file(tarball), List.of(analyzer), LayerCache.none(),
                ProgressListener.none(), CancellationToken.none());
        ScannedImage fromDaemon;
        ScannedImage again;
        int callsBeforeRescan;
        LayerCache cache = LayerCache.in(temp.resolve("cache"));
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            fromDaemon = ImageScanner.scan(ImageSource.daemon(daemon, loaded.reference(), -1), List.of(analyzer),
                    cache, ProgressListener.none(), CancellationToken.none());
            callsBeforeRescan = analyzer.calls.get();
            again = ImageScanner.scan(ImageSource.daemon(daemon, loaded.id(), -1), List.of(analyzer), cache,
                    ProgressListener.none(), CancellationToken.none());
        }

        assertThat(analyzer.calls.get()).as("a re-scan takes every layer from the cache").isEqualTo(callsBeforeRescan);
        assertThat(again.files()).isEqualTo(fromDaemon.files());

        assertThat(fromDaemon.config().imageId()).isEqualTo(loaded.id()).isEqualTo(fromFile.config().imageId());
        assertThat(fromDaemon.config().repoTags()).containsExactly(loaded.reference());
        assertThat(fromDaemon.config().history()).isEqualTo(fromFile.config().history());
        assertThat(fromDaemon.layers()).extracting(ScannedLayer::facts)
                .isEqualTo(fromFile.layers().stream().map(ScannedLayer::facts).toList());
        assertThat(fromDaemon.layers()).extracting(ScannedLayer::fromBase).containsExactly(true, false, false);
        assertThat(fromDaemon.files()).isEqualTo(fromFile.files());
        assertThat(fromDaemon.hidden()).isEqualTo(fromFile.hidden());
        assertThat(fromDaemon.secrets()).isEqualTo(fromFile.secrets()).singleElement()
                .satisfies(secret -> assertThat(secret.hidden()).isTrue());
        assertThat(fromDaemon.packages()).isEqualTo(fromFile.packages()).hasSize(1);
        assertThat(fromDaemon.notes()).isEqualTo(fromFile.notes()).isEmpty();
    }
}
