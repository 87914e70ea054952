package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.app.gui.scan.ImageInspector;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.ImportLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An image with known vulnerable packages, written in code, and a vulnerability database of the real
 * advisories that name them (core's fixture records under {@code vuln/match/}):
 * <ul>
 *   <li>base image (Debian 12): libc6 from glibc 2.36-9+deb12u1 — CVE-2023-4911, fixed 2.36-9+deb12u3 (HIGH);</li>
 *   <li>the image's own layer: log4j-core 2.14.1 in a jar — CVE-2021-44228, fixed 2.15.0 (CRITICAL 10.0);
 *       lodash 4.17.15 — CVE-2021-23337 fixed 4.17.21 (HIGH 7.2) and CVE-2020-8203 fixed 4.17.19 (HIGH 7.4).</li>
 * </ul>
 */
public final class VulnerableImage {

    /** When the database is imported: the tests judge its age from here. */
    public static final Instant IMPORTED = Instant.parse("2026-01-10T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

    private static final List<String> ADVISORIES = List.of("GHSA-jfh8-c2jp-5v3q", "GHSA-35jh-r3h4-6jhm",
            "GHSA-p6mc-m468-83gw", "DSA-5514-1", "DEBIAN-CVE-2023-4911", "ALPINE-CVE-2023-5363");

    private VulnerableImage() {
    }

    public static ImageArchiveBuilder archive(String tag) {
        return ImageArchiveBuilder.create().repoTag(tag)
                .layer(LayerBuilder.create()
                        .file("etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                                + "VERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nID=debian\n")
                        .file("var/lib/dpkg/status", """
                                Package: libc6
                                Status: install ok installed
                                Architecture: amd64
                                Source: glibc
                                Version: 2.36-9+deb12u1

                                """)
                        .file("etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"), "ADD file:5d6b639e in /")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer(LayerBuilder.create()
                        .file("app/lib/log4j-core-2.14.1.jar", log4jJar(), 0644)
                        .file("app/node_modules/lodash/package.json", "{\"name\":\"lodash\",\"version\":\"4.17.15\"}"),
                        "COPY app /app");
    }

    public static Path tarball(Path folder) throws IOException {
        return archive("vulnerable-app:1").writeDockerArchive(folder.resolve("vulnerable-app.tar"));
    }

    /** The image scanned, without a layer cache. */
    public static ScannedImage scanned(Path folder) throws Exception {
        return ImageInspector.using(LayerCache.none()).inspect(ImageSource.file(tarball(folder)), TODAY,
                ProgressListener.none(), CancellationToken.none()).image();
    }

    /** A database of the real advisories, imported at {@link #IMPORTED}, written to {@code file}. */
    public static Path database(Path file) throws IOException {
        return database(file, IMPORTED);
    }

    /** A database of the real advisories, imported at {@code imported}, written to {@code file}. */
    public static Path database(Path file, Instant imported) throws IOException {
        Path records = Files.createDirectories(file.resolveSibling(file.getFileName() + "-osv"));
        for (String id : ADVISORIES) {
            try (InputStream in = VulnerableImage.class.getResourceAsStream("/vuln/match/" + id + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("core's fixture advisory " + id + " is not on the test classpath");
                }
                Files.copy(in, records.resolve(id + ".json"));
            }
        }
        new DatabaseImport(ImportLimits.defaults(), Clock.fixed(imported, ZoneOffset.UTC))
                .importFiles(file, List.of(records), Optional.empty(), ProgressListener.none(), CancellationToken.none());
        return file;
    }

    private static byte[] log4jJar() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties"));
            zip.write("groupId=org.apache.logging.log4j\nartifactId=log4j-core\nversion=2.14.1\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
