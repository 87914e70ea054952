package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.ImageArchiveBuilder;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DaemonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;
    private TestImage image;
    private ImageArchiveBuilder archive;

    @BeforeAll
    void loadImage() {
        archive = TestImages.busyboxArchive(TestImages.uniqueTag("inspected"))
                .label("org.opencontainers.image.title", "inspected")
                .env("GREETING=hello").user("nobody").workingDir("/tmp").exposedPort("8080/tcp")
                .entrypoint("/bin/sh", "-c").cmd("sleep 600");
        image = TestImages.load(archive);
        daemon = DockerDaemons.open(endpoint());
    }

    @AfterAll
    void disconnect() {
        if (daemon != null) {
            daemon.close();
        }
    }

    /** The daemon to read from; the same tests run over tcp in a subclass. */
    DockerEndpoint endpoint() {
        return TestDocker.endpoint();
    }

    @Test
    void listIncludesTheLoadedImageWithTagsLabelsAndSize() {
        ImageSummary listed = daemon.listImages().stream().filter(i -> i.id().equals(image.id())).findFirst()
                .orElseThrow();
        assertThat(listed.repoTags()).contains(image.reference());
        assertThat(listed.labels()).containsEntry("org.opencontainers.image.title", "inspected")
                .containsEntry(TestImages.RUN_LABEL, TestImages.RUN_ID);
        assertThat(listed.sizeBytes()).isGreaterThan(1_000_000L);
        assertThat(listed.created()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(listed.dangling()).isFalse();
        assertThat(listed.shortId()).hasSize(12);
    }

    @Test
    void inspectMapsTheImageConfig() {
        ImageDetails details = daemon.inspectImage(image.reference());
        assertThat(details.id()).isEqualTo(image.id()).isEqualTo(archive.imageId());
        assertThat(details.repoTags()).contains(image.reference());
        assertThat(details.architecture()).isEqualTo(ImageArchiveBuilder.hostArchitecture());
        assertThat(details.os()).isEqualTo("linux");
        assertThat(details.user()).isEqualTo("nobody");
        assertThat(details.workingDir()).isEqualTo("/tmp");
        assertThat(details.env()).contains("GREETING=hello");
        assertThat(details.entrypoint()).containsExactly("/bin/sh", "-c");
        assertThat(details.cmd()).containsExactly("sleep 600");
        assertThat(details.exposedPorts()).containsExactly("8080/tcp");
        assertThat(details.labels()).containsEntry("org.opencontainers.image.title", "inspected");
        assertThat(details.layers()).hasSize(1).allMatch(layer -> layer.startsWith("sha256:"));
        assertThat(details.sizeBytes()).isGreaterThan(1_000_000L);
        assertThat(details.created()).isEqualTo("2024-01-01T00:00:00Z");
    }

    @Test
    void inspectKeepsTheDaemonsJsonVerbatim() throws Exception {
        ImageDetails details = daemon.inspectImage(image.id());
        assertThat(new ObjectMapper().readTree(details.rawJson()).get("Id").asText()).isEqualTo(image.id());
        assertThat(details.rawJson()).contains("\"RootFS\"");
    }

    @Test
    void historyHasOneStepPerLayer() {
        List<ImageHistoryEntry> history = daemon.imageHistory(image.reference());
        assertThat(history).hasSize(1);
        ImageHistoryEntry step = history.get(0);
        assertThat(step.createdBy()).isEqualTo("COPY busybox (Drydock test fixture)");
        assertThat(step.sizeBytes()).isGreaterThan(1_000_000L);
        assertThat(step.empty()).isFalse();
        assertThat(step.tags()).contains(image.reference());
    }

    @Test
    void unknownImageIsNotFound() {
        assertThatThrownBy(() -> daemon.inspectImage("drydock-test/does-not-exist:nope"))
                .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).contains("drydock-test/does-not-exist:nope");
                });
    }

    @Test
    void referencesThatClimbOutOfThePathAreRefused() {
        assertThatThrownBy(() -> daemon.inspectImage("../containers/json"))
                .isInstanceOfSatisfying(DaemonAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void removeImageDeletesIt() {
        TestImage doomed = TestImages.load(TestImages.tinyArchive(TestImages.uniqueTag("doomed")));
        daemon.removeImage(doomed.reference(), false);
        assertThat(daemon.listImages()).noneMatch(i -> i.id().equals(doomed.id()));
        assertThatThrownBy(() -> daemon.inspectImage(doomed.id())).isInstanceOfSatisfying(
                DaemonAccessException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void removingAnImageAContainerUsesIsAConflictUntilForced() {
        TestImage used = TestImages.load(TestImages.busyboxArchive(TestImages.uniqueTag("used"))
                .label("variant", "used"));
        containers.create(used);
        assertThatThrownBy(() -> daemon.removeImage(used.reference(), false))
                .isInstanceOfSatisfying(DaemonAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.getMessage()).contains("is still used by a container").contains(used.reference());
                    assertThat(e.advice()).contains("force");
                });
        daemon.removeImage(used.reference(), true);
        assertThat(daemon.listImages()).noneMatch(i -> i.repoTags().contains(used.reference()));
    }

    @Test
    void labelledImagesCanBeTold() {
        TestImage labelled = TestImages.busybox(Map.of("tier", "backend"));
        assertThat(daemon.inspectImage(labelled.reference()).labels()).containsEntry("tier", "backend");
    }
}
