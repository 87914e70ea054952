package dev.drydock.app.gui.archives;

import dev.drydock.core.image.ImageArchiveReader;
import dev.drydock.core.image.ImageArchiveSummary;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveSummaryTextTest {

    @Test
    void describesTheImagesOfADockerSaveArchive(@TempDir Path dir) throws Exception {
        Path tar = Files.write(dir.resolve("app.tar"), TestImages.tinyArchive("shop/app:1.2").toDockerArchive());
        ImageArchiveSummary summary = ImageArchiveReader.summarize(tar);

        assertThat(ArchiveSummaryText.headline(summary)).isEqualTo("docker save archive with 1 image");
        assertThat(ArchiveSummaryText.body(summary))
                .startsWith("shop/app:1.2\n  ID ")
                .contains("1 layer")
                .endsWith("arrives with the image scanner.");
    }
}
