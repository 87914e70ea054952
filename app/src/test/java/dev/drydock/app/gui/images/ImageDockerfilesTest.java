package dev.drydock.app.gui.images;

import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.core.daemon.ImageSummary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageDockerfilesTest {

    private final WorkbenchPreferences preferences = WorkbenchPreferences.inMemory();
    private final ImageDockerfiles dockerfiles = new ImageDockerfiles(preferences);

    @Test
    void drydocksOwnLabelNamesTheDockerfile() {
        ImageSummary image = image(List.of("web:1.0"), Map.of(ImageDockerfiles.LABEL, "/src/web/Dockerfile"));
        assertThat(dockerfiles.dockerfileOf(image)).contains(Path.of("/src/web/Dockerfile"));
        assertThat(dockerfiles.isLinked(image)).isFalse();
    }

    @Test
    void anOciSourceLabelCountsOnlyWhenItIsALocalFile() {
        assertThat(dockerfiles.dockerfileOf(image(List.of("a:1"),
                Map.of("org.opencontainers.image.source", "file:///src/a/Dockerfile")))).contains(Path.of("/src/a/Dockerfile"));
        assertThat(dockerfiles.dockerfileOf(image(List.of("b:1"),
                Map.of("org.opencontainers.image.source", "https://example.org/team/b")))).isEmpty();
        assertThat(dockerfiles.dockerfileOf(image(List.of("c:1"), Map.of(ImageDockerfiles.LABEL, "relative/Dockerfile")))).isEmpty();
    }

    @Test
    void aLinkIsRememberedForTheWholeRepository() {
        ImageSummary first = image(List.of("registry:5000/team/web:1.0"), Map.of());
        dockerfiles.link(first, Path.of("/src/web/Dockerfile"));

        ImageSummary next = image(List.of("registry:5000/team/web:1.1"), Map.of());
        assertThat(dockerfiles.dockerfileOf(next)).contains(Path.of("/src/web/Dockerfile"));
        assertThat(dockerfiles.isLinked(next)).isTrue();
        assertThat(dockerfiles.dockerfileOf(image(List.of("registry:5000/team/api:1.0"), Map.of()))).isEmpty();

        dockerfiles.unlink(next);
        assertThat(dockerfiles.dockerfileOf(first)).isEmpty();
    }

    @Test
    void anUntaggedImageIsLinkedByItsId() {
        ImageSummary dangling = image(List.of(), Map.of());
        dockerfiles.link(dangling, Path.of("/src/x/Dockerfile"));
        assertThat(ImageDockerfiles.linkKey(dangling)).isEqualTo(dangling.id());
        assertThat(dockerfiles.dockerfileOf(dangling)).contains(Path.of("/src/x/Dockerfile"));
    }

    @Test
    void theLabelWinsOverALink() {
        ImageSummary image = image(List.of("web:1.0"), Map.of(ImageDockerfiles.LABEL, "/labelled/Dockerfile"));
        dockerfiles.link(image, Path.of("/linked/Dockerfile"));
        assertThat(dockerfiles.dockerfileOf(image)).contains(Path.of("/labelled/Dockerfile"));
    }

    private static ImageSummary image(List<String> tags, Map<String, String> labels) {
        return new ImageSummary("sha256:" + "ab".repeat(32), tags, List.of(), 1, Instant.EPOCH, labels, 0);
    }
}
