package dev.drydock.core.image;

import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader on what the real daemon writes for {@code docker save}. */
@DaemonTest
class ImageArchiveReaderDaemonTest {

    @TempDir
    Path temp;

    @Test
    void summarizesTheDaemonsOwnExportOfTheTestImage() throws Exception {
        TestImage image = TestImages.busybox();
        Path file = temp.resolve("saved.tar");
        try (InputStream export = TestDocker.client().saveImageCmd(image.reference()).exec()) {
            Files.copy(export, file);
        }
        ImageArchiveSummary summary = ImageArchiveReader.summarize(file);
        assertThat(summary.images()).hasSize(1);
        ArchivedImage saved = summary.images().get(0);
        assertThat(saved.repoTags()).containsExactly(image.reference());
        assertThat(saved.configDigest()).isEqualTo(image.id());
        assertThat(saved.layerCount()).isEqualTo(1);
        assertThat(saved.architecture()).isEqualTo(ImageArchiveBuilder.hostArchitecture());
        assertThat(saved.os()).isEqualTo("linux");
        assertThat(saved.created()).isNotNull();
    }

    @Test
    void streamsTheExportWithoutATemporaryFile() throws Exception {
        TestImage image = TestImages.busybox();
        try (InputStream export = TestDocker.client().saveImageCmd(image.reference()).exec()) {
            ImageArchiveSummary summary = ImageArchiveReader.summarize(export, "daemon export of " + image.reference());
            assertThat(summary.images().get(0).configDigest()).isEqualTo(image.id());
        }
    }
}
