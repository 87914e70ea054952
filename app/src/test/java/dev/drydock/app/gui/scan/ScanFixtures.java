package dev.drydock.app.gui.scan;

import dev.drydock.core.image.inspect.ImageReport;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small image with known contents, written in code: a Debian 10 base layer (two dpkg packages, a
 * setuid {@code bin/su}), then the image's own layers: an app with an npm package and an AWS key,
 * and a folder with another key that the last layer deletes (it still ships).
 */
public final class ScanFixtures {

    /** The day scans are judged on: Debian 10 has reached its end of life by then. */
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    /** The planted keys (AWS's documented example keys): never shown in clear. */
    public static final String VISIBLE_KEY = "AKIAIOSFODNN7EXAMPLE";
    public static final String DELETED_KEY = "AKIAI44QH8DHBEXAMPLE";

    private static final String OS_RELEASE = """
            PRETTY_NAME="Debian GNU/Linux 10 (buster)"
            NAME="Debian GNU/Linux"
            VERSION_ID="10"
            VERSION="10 (buster)"
            VERSION_CODENAME=buster
            ID=debian
            """;

    private static final String DPKG_STATUS = """
            Package: bash
            Status: install ok installed
            Architecture: amd64
            Version: 5.0-4

            Package: libc6
            Status: install ok installed
            Architecture: amd64
            Source: glibc
            Version: 2.28-10+deb10u2

            """;

    private ScanFixtures() {
    }

    /** The image as a {@code docker save} archive, tagged {@code tag}. */
    public static ImageArchiveBuilder archive(String tag) {
        return ImageArchiveBuilder.create().repoTag(tag)
                .layer(LayerBuilder.create()
                        .file("etc/os-release", OS_RELEASE)
                        .file("var/lib/dpkg/status", DPKG_STATUS)
                        .file("etc/passwd", "root:x:0:0:root:/root:/bin/bash\n")
                        .file("etc/group", "root:x:0:\n")
                        .file("bin/su", "not really su".getBytes(StandardCharsets.UTF_8), 04755), "ADD file:0b1f0c in /")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer(LayerBuilder.create()
                        .file("app/node_modules/left-pad/package.json", "{\"name\":\"left-pad\",\"version\":\"1.3.0\"}")
                        .file("app/.aws/credentials", "[default]\naws_access_key_id = " + VISIBLE_KEY + "\n")
                        .file("app/old/.aws/credentials", "[default]\naws_access_key_id = " + DELETED_KEY + "\n"),
                        "COPY app /app")
                .layer(LayerBuilder.create().whiteout("app/old"), "/bin/sh -c rm -rf /app/old");
    }

    public static Path tarball(Path folder) throws IOException {
        return archive("scan-fixture:1").writeDockerArchive(folder.resolve("scan-fixture.tar"));
    }

    /** The fixture scanned and audited, without a layer cache. */
    public static ImageReport report(Path folder) throws Exception {
        return ImageInspector.using(LayerCache.none()).inspect(ImageSource.file(tarball(folder)), TODAY,
                ProgressListener.none(), CancellationToken.none());
    }
}
