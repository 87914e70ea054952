package dev.drydock.app.cli;

import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import dev.drydock.core.testing.TestImages;
import dev.drydock.core.vuln.db.DatabaseImport;
import dev.drydock.core.vuln.db.ImportLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The image of the "done when": a Debian 12 base layer (libc6 2.36-9+deb12u1 from glibc, apt 2.6.1)
 * and an application layer with an old log4j-core and two old lodash copies (4.17.20 at the top, 4.17.15
 * nested under another package); and an OSV export of real advisories
 * about them, as {@code drydock db import} reads it.
 */
final class VulnerableImage {

    /** Real records: core's matching fixtures, and this module's (see vuln/README.md). */
    static final List<String> ADVISORIES = List.of("/vuln/match/GHSA-jfh8-c2jp-5v3q.json",
            "/vuln/match/GHSA-35jh-r3h4-6jhm.json", "/vuln/match/GHSA-p6mc-m468-83gw.json",
            "/vuln/match/DEBIAN-CVE-2023-4911.json", "/vuln/match/DSA-5514-1.json",
            "/vuln/match/ALPINE-CVE-2023-5363.json", "/dev/drydock/app/cli/vuln/DEBIAN-CVE-2011-3374.json");

    static final String LOG4J_PURL = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";
    static final String LODASH_PURL = "pkg:npm/lodash@4.17.20";

    private static final String DPKG_STATUS = """
            Package: libc6
            Status: install ok installed
            Priority: optional
            Section: libs
            Installed-Size: 12988
            Maintainer: GNU Libc Maintainers <debian-glibc@lists.debian.org>
            Architecture: amd64
            Multi-Arch: same
            Source: glibc
            Version: 2.36-9+deb12u1
            Description: GNU C Library: Shared libraries

            Package: apt
            Status: install ok installed
            Priority: required
            Section: admin
            Installed-Size: 4208
            Maintainer: APT Development Team <deity@lists.debian.org>
            Architecture: amd64
            Version: 2.6.1
            Description: commandline package manager

            """;

    private VulnerableImage() {
    }

    static ImageArchiveBuilder archive(String repoTag) {
        return ImageArchiveBuilder.create()
                .repoTag(repoTag)
                .label(TestImages.RUN_LABEL, TestImages.RUN_ID)
                .layer(LayerBuilder.create()
                                .file("etc/os-release", resource("/dev/drydock/app/cli/scan/os-release"), 0644)
                                .file("var/lib/dpkg/status", DPKG_STATUS.getBytes(StandardCharsets.UTF_8), 0644),
                        "/bin/sh -c #(nop) ADD file:6a1e3c7bd0fe5b9e2c3e86d1b6fb0b4a1df1a4a1d0d7c3b1e4a5f0c2b9d8e7f6 in / ")
                .emptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer(LayerBuilder.create()
                                .file("app/lib/log4j-core-2.14.1.jar", log4jCoreJar(), 0644)
                                .file("app/node_modules/lodash/package.json",
                                        "{\"name\": \"lodash\", \"version\": \"4.17.20\", \"license\": \"MIT\"}\n")
                                .file("app/node_modules/legacy-report/node_modules/lodash/package.json",
                                        "{\"name\": \"lodash\", \"version\": \"4.17.15\", \"license\": \"MIT\"}\n"),
                        "/bin/sh -c #(nop) COPY dir:3c1f0e9a7b in /app ")
                .workingDir("/app")
                .cmd("sh");
    }

    /**
     * A stand-in for log4j-core 2.14.1: not Apache's jar, but a jar with its real Maven coordinates in
     * {@code META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties}, which is what identifies it.
     */
    static byte[] log4jCoreJar() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties"));
            jar.write("""
                    version=2.14.1
                    groupId=org.apache.logging.log4j
                    artifactId=log4j-core
                    """.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The advisories as one OSV {@code all.zip}: one JSON record per entry, named by its id. */
    static Path osvZip(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String resource : ADVISORIES) {
                zip.putNextEntry(new ZipEntry(resource.substring(resource.lastIndexOf('/') + 1)));
                zip.write(resource(resource));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Imports the OSV zip into a new database, as if done at {@code clock}'s time. */
    static Path database(Path folder, Clock clock) throws IOException {
        Path zip = osvZip(folder.resolve("osv-all.zip"));
        Path database = folder.resolve("vulnerabilities.db");
        new DatabaseImport(ImportLimits.defaults(), clock).importFiles(database, List.of(zip), Optional.empty(),
                ProgressListener.none(), CancellationToken.none());
        return database;
    }

    private static byte[] resource(String name) {
        try (InputStream in = VulnerableImage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
