package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.task.UiTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileViewModelTest {

    private final DockerfileViewModel model = new DockerfileViewModel(UiTaskRunner.sameThread());

    @Test
    void showsTheFilesText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM busybox:1.36\nUSER app\n");
        model.open(file);
        assertThat(model.textProperty().get()).isEqualTo("FROM busybox:1.36\nUSER app\n");
        assertThat(model.pathProperty().get()).isEqualTo(file);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aMissingFileIsExplainedAndTheOpenOneStays(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        model.open(file);
        model.open(dir.resolve("nope"));
        assertThat(model.problemProperty().get()).startsWith("The file could not be read");
        assertThat(model.pathProperty().get()).isEqualTo(file);
    }

    @Test
    void refusesFilesTooBigToBeADockerfile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.tar");
        Files.write(big, new byte[(int) DockerfileViewModel.MAX_BYTES + 1]);
        model.open(big);
        assertThat(model.problemProperty().get()).contains("too big to be a Dockerfile");
        assertThat(model.pathProperty().get()).isNull();
    }
}
