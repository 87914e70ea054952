package dev.drydock.core.image;

import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.LayerBuilder;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageArchiveReaderTest {

    @TempDir
    Path temp;

    private static ImageArchiveBuilder sample() {
        return ImageArchiveBuilder.create().repoTag("drydock-test/sample:1").repoTag("drydock-test/sample:latest")
                .created(Instant.parse("2024-05-06T07:08:09Z"))
                .layer(LayerBuilder.create().file("a.txt", "a"), "COPY a.txt /")
                .layer(LayerBuilder.create().file("b.txt", "b"), "COPY b.txt /");
    }

    @Test
    void summarizesADockerSaveArchive() throws Exception {
        ImageArchiveBuilder builder = sample();
        ImageArchiveSummary summary = ImageArchiveReader.summarize(builder.writeDockerArchive(temp.resolve("i.tar")));
        assertThat(summary.format()).isEqualTo(ImageArchiveFormat.DOCKER_SAVE);
        assertThat(summary.source()).endsWith("i.tar");
        assertThat(summary.images()).containsExactly(new ArchivedImage(
                java.util.List.of("drydock-test/sample:1", "drydock-test/sample:latest"), builder.imageId(), 2,
                ImageArchiveBuilder.hostArchitecture(), "linux", Instant.parse("2024-05-06T07:08:09Z")));
    }

    @Test
    void summarizesAnOciLayout() throws Exception {
        ImageArchiveBuilder builder = sample();
        ImageArchiveSummary summary = ImageArchiveReader.summarize(builder.writeOciLayout(temp.resolve("oci.tar")));
        assertThat(summary.format()).isEqualTo(ImageArchiveFormat.OCI_LAYOUT);
        ArchivedImage image = summary.images().get(0);
        assertThat(summary.images()).hasSize(1);
        assertThat(image.repoTags()).containsExactly("drydock-test/sample:1", "drydock-test/sample:latest");
        assertThat(image.configDigest()).isEqualTo(builder.imageId());
        assertThat(image.layerCount()).isEqualTo(2);
    }

    @Test
    void readsGzipCompressedArchives() throws Exception {
        Path file = temp.resolve("i.tar.gz");
        try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file))) {
            sample().writeDockerArchive(out);
        }
        assertThat(ImageArchiveReader.summarize(file).images()).hasSize(1);
    }

    @Test
    void garbageIsNotAnImageArchive() throws Exception {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Path file = Files.write(temp.resolve("noise.bin"), noise);
        assertFailure(file, "is not an image archive");
    }

    @Test
    void aTextFileIsNotAnImageArchive() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "FROM alpine:3.20\nRUN echo hi\n".repeat(40));
        assertFailure(file, "is not an image archive");
    }

    @Test
    void aFileShorterThanATarHeaderIsNotATar() throws Exception {
        assertFailure(Files.writeString(temp.resolve("short.txt"), "hello\n"), "is not a tar file");
    }

    @Test
    void anEmptyFileIsNotAnImageArchive() throws Exception {
        assertFailure(Files.write(temp.resolve("empty.tar"), new byte[0]), "is empty");
    }

    @Test
    void anOrdinaryTarIsNotAnImageArchive() throws Exception {
        Path file = tar("plain.tar", Map.of("README.md", "hello".getBytes(StandardCharsets.UTF_8)));
        assertFailure(file, "neither manifest.json (docker save) nor index.json (OCI layout)");
    }

    @Test
    void entriesThatClimbOutOfTheArchiveAreRefused() throws Exception {
        Path file = tar("evil.tar", Map.of("../../etc/cron.d/evil", "* * * * * root sh".getBytes(StandardCharsets.UTF_8)));
        ImageArchiveException e = assertFailure(file, "is not a safe image archive");
        assertThat(e.getMessage()).contains("../../etc/cron.d/evil");
        assertThat(e.advice()).contains("Do not unpack");
    }

    @Test
    void absoluteEntryNamesAreRefused() throws Exception {
        assertFailure(tar("abs.tar", Map.of("/etc/passwd", new byte[1])), "is not a safe image archive");
    }

    @Test
    void aManifestThatPointsOutsideIsRefused() throws Exception {
        byte[] manifest = "[{\"Config\":\"../../etc/shadow\",\"RepoTags\":[],\"Layers\":[]}]"
                .getBytes(StandardCharsets.UTF_8);
        assertFailure(tar("escape.tar", Map.of("manifest.json", manifest)), "is not a safe image archive");
    }

    @Test
    void aHugeManifestIsNotRead() throws Exception {
        byte[] huge = ("[" + "\"x\",".repeat(600_000) + "\"x\"]").getBytes(StandardCharsets.UTF_8);
        ImageArchiveException e = assertFailure(tar("huge.tar", Map.of("manifest.json", huge)), "Drydock does not read it");
        assertThat(e.getMessage()).contains("manifest.json");
    }

    @Test
    void aManifestWithoutItsConfigIsIncomplete() throws Exception {
        byte[] manifest = "[{\"Config\":\"abc.json\",\"RepoTags\":[\"x:1\"],\"Layers\":[]}]".getBytes(StandardCharsets.UTF_8);
        assertFailure(tar("partial.tar", Map.of("manifest.json", manifest)), "does not contain");
    }

    @Test
    void aManifestThatIsNotJsonIsDamaged() throws Exception {
        assertFailure(tar("bad.tar", Map.of("manifest.json", "{[".getBytes(StandardCharsets.UTF_8))),
                "manifest.json is not valid JSON");
    }

    @Test
    void aTamperedOciBlobIsDamaged() throws Exception {
        Path original = sample().writeOciLayout(temp.resolve("oci.tar"));
        Map<String, byte[]> entries = dev.drydock.core.testing.TarFiles.read(Files.readAllBytes(original));
        String configPath = "blobs/sha256/" + sample().imageId().substring("sha256:".length());
        entries.put(configPath, "{\"architecture\":\"evil\"}".getBytes(StandardCharsets.UTF_8));
        assertFailure(tar("tampered.tar", entries), "does not match its digest");
    }

    @Test
    void otherCompressionsAreNamed() throws Exception {
        Path file = Files.write(temp.resolve("i.tar.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0});
        ImageArchiveException e = assertFailure(file, "zstd");
        assertThat(e.advice()).contains("gzip");
    }

    @Test
    void missingFilesAndFoldersAreReportedPlainly() throws Exception {
        assertFailure(temp.resolve("nope.tar"), "does not exist");
        assertFailure(temp, "is a folder");
    }

    private ImageArchiveException assertFailure(Path file, String expected) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ImageArchiveReader.summarize(file));
        assertThat(thrown).isInstanceOf(ImageArchiveException.class);
        ImageArchiveException e = (ImageArchiveException) thrown;
        assertThat(e.getMessage()).contains(file.toString()).contains(expected);
        assertThat(e.explain()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(e.advice()).isNotBlank();
        return e;
    }

    private Path tar(String name, Map<String, byte[]> entries) throws IOException {
        Path file = temp.resolve(name);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey(), true);
                tarEntry.setSize(entry.getValue().length);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
