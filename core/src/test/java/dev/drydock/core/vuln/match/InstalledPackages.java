package dev.drydock.core.vuln.match;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.analyzers.packages.ApkInstalledAnalyzer;
import dev.drydock.core.image.analyzers.packages.DpkgStatusAnalyzer;
import dev.drydock.core.image.analyzers.packages.JavaArchiveAnalyzer;
import dev.drydock.core.image.analyzers.packages.NpmPackageJsonAnalyzer;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.OsReleaseFact;
import dev.drydock.core.image.scan.PackageFact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Package inventories as the real package analyzers report them: each package is written in its
 * database's own format (a dpkg status paragraph, an apk installed entry, a jar with pom.properties, an
 * installed package.json) and read back by the analyzer that reads images.
 */
public final class InstalledPackages {

    private final List<Located<PackageFact>> packages = new ArrayList<>();
    private int layer;

    /** Packages added after this call are found in layer {@code index}. */
    public InstalledPackages inLayer(int index) {
        layer = index;
        return this;
    }

    /** A dpkg status paragraph; {@code source} as dpkg writes it ({@code glibc}, {@code shadow (1:4.13+dfsg1-1)}) or empty. */
    public InstalledPackages deb(String name, String version, String source) {
        String status = "Package: " + name + "\nStatus: install ok installed\nArchitecture: amd64\n"
                + (source.isEmpty() ? "" : "Source: " + source + "\n") + "Version: " + version + "\n";
        return add(RecordingFactSink.run(new DpkgStatusAnalyzer(), "var/lib/dpkg/status", status).packages);
    }

    /** An apk installed-database entry with its origin (the source package). */
    public InstalledPackages apk(String name, String version, String origin) {
        String installed = "P:" + name + "\nV:" + version + "\nA:x86_64\no:" + origin + "\n\n";
        return add(RecordingFactSink.run(new ApkInstalledAnalyzer(), "lib/apk/db/installed", installed).packages);
    }

    /** A jar carrying the Maven coordinates in {@code META-INF/maven/…/pom.properties}. */
    public InstalledPackages jar(String group, String artifact, String version) {
        String pom = "groupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n";
        byte[] jar = jarWith("META-INF/maven/" + group + "/" + artifact + "/pom.properties", pom);
        return add(RecordingFactSink.run(new JavaArchiveAnalyzer(), "app/lib/" + artifact + "-" + version + ".jar", jar)
                .packages);
    }

    /** A jar known by its file name only (no pom.properties, no manifest): no group id. */
    public InstalledPackages bareJar(String artifact, String version) {
        byte[] jar = jarWith("README.txt", "nothing here\n");
        return add(RecordingFactSink.run(new JavaArchiveAnalyzer(), "app/lib/" + artifact + "-" + version + ".jar", jar)
                .packages);
    }

    /** An installed npm package ({@code node_modules/<name>/package.json}). */
    public InstalledPackages npm(String name, String version) {
        String json = "{\"name\": \"" + name + "\", \"version\": \"" + version + "\", \"license\": \"MIT\"}";
        return add(RecordingFactSink.run(new NpmPackageJsonAnalyzer(), "app/node_modules/" + name + "/package.json", json)
                .packages);
    }

    public List<Located<PackageFact>> list() {
        return List.copyOf(packages);
    }

    public ImageInventory on(String osId, String versionId, Integer... baseLayers) {
        OsReleaseFact os = new OsReleaseFact(osId, "", versionId, "", osId + " " + versionId, "etc/os-release");
        return new ImageInventory(packages, Optional.of(os), Set.of(baseLayers));
    }

    public ImageInventory withoutOs() {
        return new ImageInventory(packages, Optional.empty(), Set.of());
    }

    private InstalledPackages add(List<PackageFact> found) {
        if (found.size() != 1) {
            throw new AssertionError("the analyzer reported " + found);
        }
        packages.add(new Located<>(found.get(0), layer, false));
        return this;
    }

    private static byte[] jarWith(String path, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(new JarEntry(path));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
