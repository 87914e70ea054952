package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JavaArchiveAnalyzerTest {

    private final JavaArchiveAnalyzer analyzer = new JavaArchiveAnalyzer();

    /** The real commons-compress jar this build uses, from the local Maven repository. */
    private static byte[] realCommonsCompressJar() throws IOException {
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "commons",
                "commons-compress", "1.28.0", "commons-compress-1.28.0.jar");
        return Files.readAllBytes(jar);
    }

    @Test
    void identifiesARealJarByItsPomProperties() throws IOException {
        RecordingFactSink sink = run(analyzer, "app/lib/commons-compress-1.28.0.jar", realCommonsCompressJar());

        assertThat(sink.packages).containsExactly(new PackageFact(PackageType.MAVEN, "org.apache.commons",
                "commons-compress", "1.28.0", "", "", "", "", "pkg:maven/org.apache.commons/commons-compress@1.28.0",
                "app/lib/commons-compress-1.28.0.jar!/META-INF/maven/org.apache.commons/commons-compress/pom.properties"));
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void aShadedJarListsEveryLibraryShadedIntoItAndTheJarsNestedInIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", manifest("Implementation-Title: app\nImplementation-Version: 9\n"));
        entries.put("META-INF/maven/com.example/app/pom.properties", pom("com.example", "app", "1.4.2"));
        entries.put("META-INF/maven/com.google.guava/guava/pom.properties", pom("com.google.guava", "guava", "33.0.0-jre"));
        entries.put("BOOT-INF/lib/commons-compress-1.28.0.jar", realCommonsCompressJar());

        RecordingFactSink sink = run(analyzer, "app.jar", zip(entries, true));

        assertThat(sink.packages).extracting(PackageFact::purl, PackageFact::path).containsExactly(
                tuple("pkg:maven/org.apache.commons/commons-compress@1.28.0", "app.jar!/BOOT-INF/lib/commons-compress-1.28.0"
                        + ".jar!/META-INF/maven/org.apache.commons/commons-compress/pom.properties"),
                tuple("pkg:maven/com.example/app@1.4.2", "app.jar!/META-INF/maven/com.example/app/pom.properties"),
                tuple("pkg:maven/com.google.guava/guava@33.0.0-jre",
                        "app.jar!/META-INF/maven/com.google.guava/guava/pom.properties"));
    }

    @Test
    void withoutPomPropertiesTheManifestNamesTheJar() throws IOException {
        byte[] jar = zip(Map.of("META-INF/MANIFEST.MF", manifest("""
                Bundle-SymbolicName: org.eclipse.jetty.util;singleton:=true
                Bundle-Version: 12.0.9
                Implementation-Vendor-Id: org.eclipse.jetty
                """)), false);

        PackageFact fact = run(analyzer, "opt/jetty/lib/jetty-util.jar", jar).packages.get(0);

        assertThat(fact.purl()).isEqualTo("pkg:maven/org.eclipse.jetty/org.eclipse.jetty.util@12.0.9");
        assertThat(fact.path()).isEqualTo("opt/jetty/lib/jetty-util.jar");
    }

    @Test
    void withoutMetadataTheFileNameNamesTheJar() throws IOException {
        byte[] jar = zip(Map.of("a/B.class", new byte[] {(byte) 0xCA, (byte) 0xFE}), false);

        assertThat(run(analyzer, "lib/slf4j-api-2.0.17.jar", jar).packages)
                .extracting(PackageFact::name, PackageFact::version).containsExactly(tuple("slf4j-api", "2.0.17"));
        assertThat(run(analyzer, "lib/app.jar", jar).packages).isEmpty();
    }

    @Test
    void archivesNestedTooDeepAreNotReadButNoted() throws IOException {
        byte[] jar = zip(Map.of("META-INF/maven/g/deepest/pom.properties", pom("g", "deepest", "1")), false);
        for (int level = 0; level < JavaArchiveReader.MAX_DEPTH; level++) {
            jar = zip(Map.of("lib/inner.jar", jar), level % 2 == 0);
        }

        RecordingFactSink sink = run(analyzer, "outer.ear", jar);

        assertThat(sink.packages).isEmpty();
        assertThat(sink.notes).containsExactly("outer.ear!/lib/inner.jar!/lib/inner.jar: holds archives nested more than "
                + JavaArchiveReader.MAX_DEPTH + " levels deep; those were not read");
    }

    @Test
    void aCorruptArchiveIsNoted() {
        byte[] garbage = "PK\u0003\u0004 this is not really a zip file at all".getBytes(StandardCharsets.ISO_8859_1);

        RecordingFactSink sink = run(analyzer, "lib/broken-1.0.jar", garbage);

        assertThat(sink.notes).singleElement().asString().startsWith("lib/broken-1.0.jar: is not a readable Java archive");
    }

    @Test
    void wantsJavaArchivesOnly() {
        assertThat(analyzer.wants(file("srv/app.WAR", 100))).isTrue();
        assertThat(analyzer.wants(file("srv/app.jar.sha1", 100))).isFalse();
        assertThat(analyzer.wants(file("srv/empty.jar", 0))).isFalse();
    }

    private static byte[] pom(String group, String artifact, String version) {
        return ("#Generated by Maven\ngroupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manifest(String attributes) {
        return ("Manifest-Version: 1.0\n" + attributes).getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the entries; {@code stored} writes them uncompressed, as Spring Boot stores nested jars. */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
