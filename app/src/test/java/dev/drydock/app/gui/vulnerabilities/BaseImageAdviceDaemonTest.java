package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base image advice against the real daemon: two local tags of a Debian 12 base are loaded, {@code :12.1} with
 * glibc 2.36-9+deb12u1 (CVE-2023-4911) and {@code :12.2} with the fixed 2.36-9+deb12u3; the image built
 * {@code FROM …:12.1} is matched against the real advisories, and the tab's Dockerfile fixes offer the change
 * to {@code :12.2} with the comparison of their counts, read through the daemon and the layer cache.
 */
@DaemonTest
class BaseImageAdviceDaemonTest {

    @TempDir
    static Path folder;

    static DockerDaemon daemon;
    static String repository;
    static final List<TestImage> loaded = new ArrayList<>();

    @BeforeAll
    static void loadTwoTagsOfTheBase() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        String unique = TestImages.uniqueTag("debian-base");
        repository = unique.substring(0, unique.lastIndexOf(':')) + "-" + unique.substring(unique.lastIndexOf(':') + 1);
        loaded.add(TestImages.load(base(repository + ":12.1", "2.36-9+deb12u1")));
        loaded.add(TestImages.load(base(repository + ":12.2", "2.36-9+deb12u3")));
    }

    @AfterAll
    static void removeThem() {
        for (TestImage image : loaded) {
            try {
                daemon.removeImage(image.reference(), true);
            } catch (RuntimeException alreadyGone) {
                // TestImages removes what is left of this run at exit
            }
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    private static ImageArchiveBuilder base(String tag, String glibc) {
        return ImageArchiveBuilder.create().repoTag(tag).label(TestImages.RUN_LABEL, TestImages.RUN_ID)
                .layer(LayerBuilder.create()
                        .file("etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")
                        .file("var/lib/dpkg/status", "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\n"
                                + "Source: glibc\nVersion: " + glibc + "\n\n"), "ADD file:" + glibc + " in /")
                .cmd("bash");
    }

    @Test
    void theNewerLocalTagWithTheFixedGlibcIsOfferedAsTheFromChange() throws Exception {
        Path database = VulnerableImage.database(folder.resolve("vulnerabilities.db"));
        VulnerabilityDatabaseService service = new VulnerabilityDatabaseService(database);
        ImageInspector inspector = ImageInspector.using(LayerCache.in(folder.resolve("cache")));
        VulnerabilitiesViewModel tab = new VulnerabilitiesViewModel(UiTaskRunner.sameThread(), service, () -> VulnerableImage.IMPORTED);
        tab.fixes().useBaseImages(new DaemonBaseImages(() -> daemon, (source, progress, cancel) ->
                inspector.inspect(source, VulnerableImage.TODAY, progress, cancel).image(), service));
        Path dockerfile = Files.writeString(folder.resolve("Dockerfile"), "FROM " + repository + ":12.1\nCOPY app /app\n");
        tab.fixes().dockerfileProperty().set(dockerfile);
        tab.match(VulnerableImage.scanned(Files.createDirectories(folder.resolve("image"))));

        assertThat(tab.fixes().comparisonProperty().get()).isEqualTo("Compared with " + repository + ":12.2.");
        DockerfileFixRow change = tab.fixes().fixes().stream()
                .filter(row -> row.title().startsWith("Change FROM")).findFirst().orElseThrow();
        assertThat(change.title()).isEqualTo("Change FROM " + repository + ":12.1 to " + repository + ":12.2");
        assertThat(change.why()).isEqualTo(repository + ":12.1 → " + repository + ":12.2: critical 0 → 0, high 1 → 0");
        assertThat(change.safety()).isEqualTo("needs review");
        tab.fixes().select(change);
        assertThat(tab.fixes().previewProperty().get().after())
                .isEqualTo("FROM " + repository + ":12.2\nCOPY app /app\n");
        assertThat(Files.list(folder.resolve("cache"))).as("read through the layer cache").isNotEmpty();
    }
}
