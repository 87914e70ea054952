package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Java archive and reports what it is: by its central directory when it fits in memory
 * ({@value #IN_MEMORY_LIMIT} bytes), else as a stream, entry by entry.
 * <ol>
 * <li>Every {@code META-INF/maven/<group>/<artifact>/pom.properties}: one package each, so a shaded
 *     jar lists the libraries shaded into it.</li>
 * <li>Without any: the manifest ({@code Bundle-SymbolicName}/{@code Bundle-Version}, else
 *     {@code Implementation-Title}/{@code Implementation-Version}, group from
 *     {@code Implementation-Vendor-Id}).</li>
 * <li>Else the file name, when it reads {@code <artifact>-<version>.jar}.</li>
 * </ol>
 * A package found inside an archive has a path like {@code app/lib/x.jar!/META-INF/maven/g/a/pom.properties};
 * one named by its manifest or file name has the archive's path.
 */
final class JavaArchiveReader {

    /** How deep archives inside archives are read: an ear (0) holding a war (1) holding jars (2). */
    static final int MAX_DEPTH = 3;

    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)-(\\d[\\w.+\\-]*)\\.[a-zA-Z]{3}");
    private static final int SMALL_FILE_LIMIT = 256 * 1024;
    /** Archives up to this size are read by their central directory, in memory; larger ones as a stream. */
    private static final int IN_MEMORY_LIMIT = 64 * 1024 * 1024;

    private final FactSink sink;

    JavaArchiveReader(FactSink sink) {
        this.sink = sink;
    }

    /** Reads the archive in {@code in} (not closed), named {@code path}, nested {@code depth} levels deep. */
    void read(InputStream in, String path, int depth) {
        Contents contents = new Contents(path, depth);
        try {
            byte[] start = in.readNBytes(IN_MEMORY_LIMIT + 1);
            if (start.length <= IN_MEMORY_LIMIT) {
                readWhole(start, contents);
            } else {
                readStream(new SequenceInputStream(new ByteArrayInputStream(start), in), contents);
            }
        } catch (IOException | RuntimeException e) {
            sink.note(path, "is not a readable Java archive (" + e.getMessage() + "); what it holds may be missing");
        }
        if (contents.nestedSkipped) {
            sink.note(path, "holds archives nested more than " + MAX_DEPTH + " levels deep; those were not read");
        }
        if (contents.found.isEmpty()) {
            fromManifest(contents.manifest, path).or(() -> fromFileName(path)).ifPresent(contents.found::add);
        }
        contents.found.forEach(sink::packageFound);
    }

    /**
     * An archive held in memory is read by its central directory: only the entries that say what it is
     * are inflated. One without a readable central directory (cut short, say) is read as a stream.
     */
    private void readWhole(byte[] archive, Contents contents) throws IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive))
                    .setUseUnicodeExtraFields(true).get();
        } catch (IOException | RuntimeException e) {
            readStream(new ByteArrayInputStream(archive), contents);
            return;
        }
        try (zip) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!entry.isDirectory() && isTelling(entry.getName())) {
                    try (InputStream content = zip.getInputStream(entry)) {
                        contents.add(entry.getName(), content);
                    }
                }
            }
        }
    }

    private void readStream(InputStream in, Contents contents) throws IOException {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory() && isTelling(entry.getName())) {
                contents.add(entry.getName(), zip);
            }
        }
    }

    /** Entries that say what the archive is: pom.properties, the manifest, and archives inside it. */
    private static boolean isTelling(String name) {
        return name.endsWith("pom.properties") && POM_PROPERTIES.matcher(name).matches()
                || name.equalsIgnoreCase("META-INF/MANIFEST.MF") || JavaArchiveAnalyzer.isJavaArchive(name);
    }

    /** What one archive's telling entries said. */
    private final class Contents {
        private final String path;
        private final int depth;
        private final List<PackageFact> found = new ArrayList<>();
        private Manifest manifest;
        private boolean nestedSkipped;

        Contents(String path, int depth) {
            this.path = path;
            this.depth = depth;
        }

        void add(String name, InputStream content) throws IOException {
            Matcher pom = POM_PROPERTIES.matcher(name);
            if (pom.matches()) {
                fromPomProperties(content, pom, path + "!/" + name).ifPresent(found::add);
            } else if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                manifest = new Manifest(new ByteArrayInputStream(BoundedText.readBytes(content, SMALL_FILE_LIMIT)));
            } else if (depth + 1 < MAX_DEPTH) {
                new JavaArchiveReader(sink).read(content, path + "!/" + name, depth + 1);
            } else {
                nestedSkipped = true;
            }
        }
    }

    private static Optional<PackageFact> fromPomProperties(InputStream zip, Matcher pom, String path) throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(BoundedText.readBytes(zip, SMALL_FILE_LIMIT)));
        String group = properties.getProperty("groupId", pom.group(1)).strip();
        String artifact = properties.getProperty("artifactId", pom.group(2)).strip();
        String version = properties.getProperty("version", "").strip();
        if (version.isEmpty() || version.contains("${")) {
            return Optional.empty();
        }
        return Optional.of(maven(group, artifact, version, path));
    }

    private static Optional<PackageFact> fromManifest(Manifest manifest, String path) {
        if (manifest == null) {
            return Optional.empty();
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = value(main, "Bundle-SymbolicName").replaceFirst(";.*$", "").strip();
        String bundleVersion = value(main, "Bundle-Version");
        if (!symbolicName.isEmpty() && !bundleVersion.isEmpty()) {
            return Optional.of(maven(value(main, "Implementation-Vendor-Id"), symbolicName, bundleVersion, path));
        }
        String title = value(main, "Implementation-Title");
        String version = value(main, "Implementation-Version");
        if (!title.isEmpty() && !version.isEmpty()) {
            return Optional.of(maven(value(main, "Implementation-Vendor-Id"), title, version, path));
        }
        return Optional.empty();
    }

    private static Optional<PackageFact> fromFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Matcher matcher = FILE_NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(maven("", matcher.group(1), matcher.group(2), path));
    }

    private static PackageFact maven(String group, String artifact, String version, String path) {
        String purl = PackageUrls.of(PackageType.MAVEN, group, artifact, version);
        return new PackageFact(PackageType.MAVEN, group, artifact, version, "", "", "", "", purl, path);
    }

    /** A manifest value, without the quotes some build tools write around it ({@code "1.6"}). */
    static String value(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1).strip() : stripped;
    }
}
