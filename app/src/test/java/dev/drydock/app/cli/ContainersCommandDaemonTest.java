package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code drydock containers} against the real daemon, compared with {@code docker ps -a}. */
@DaemonTest
class ContainersCommandDaemonTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    /** Created once for the class, removed after all its tests (even failed ones). */
    static final TestContainers CONTAINERS = new TestContainers();

    static TestImage image;
    static String runningId;
    static String createdId;

    @BeforeAll
    static void createContainers() {
        image = TestImages.busybox();
        runningId = CONTAINERS.createRunning(image, cmd -> cmd.withName("drydock-cli-running-" + SUFFIX)
                .withLabels(Map.of("dev.drydock.cli-test", "running")));
        createdId = CONTAINERS.create(image, cmd -> cmd.withName("drydock-cli-created-" + SUFFIX)
                .withCmd("echo", "hello from the CLI test")
                .withLabels(Map.of("dev.drydock.cli-test", "created")));
    }

    @AfterAll
    static void removeContainers() {
        CONTAINERS.close();
    }

    @Test
    void jsonListsExactlyTheContainersDockerPsLists() {
        // Other builds may share the daemon: compare once the list is the same before and after.
        Set<String> drydock = Set.of();
        Set<String> docker = Set.of();
        for (int attempt = 0; attempt < 5; attempt++) {
            Set<String> before = dockerPsIds();
            drydock = ids(containersJson());
            docker = dockerPsIds();
            if (before.equals(docker)) {
                break;
            }
        }
        assertThat(drydock).contains(runningId, createdId).isEqualTo(docker);
    }

    @Test
    void jsonDescribesCreatedContainersWithNamesLabelsAndState() {
        JsonNode list = containersJson();
        JsonNode running = find(list, runningId);
        JsonNode created = find(list, createdId);

        assertThat(running.get("name").asText()).isEqualTo("drydock-cli-running-" + SUFFIX);
        assertThat(running.get("names")).extracting(JsonNode::asText).containsExactly("drydock-cli-running-" + SUFFIX);
        assertThat(running.get("state").asText()).isEqualTo("running");
        assertThat(running.get("status").asText()).startsWith("Up");
        assertThat(running.get("command").asText()).contains("sleep");
        assertThat(running.get("image").asText()).isEqualTo(image.reference());
        assertThat(running.get("imageId").asText()).isEqualTo(image.id());
        assertThat(running.at("/labels/dev.drydock.cli-test").asText()).isEqualTo("running");
        assertThat(running.at("/labels/" + TestImages.RUN_LABEL).asText()).isEqualTo(CONTAINERS.runId());
        assertThat(Instant.parse(running.get("created").asText())).isBefore(Instant.now().plusSeconds(60));
        assertThat(running.get("ports").isArray()).isTrue();
        assertThat(running.get("mounts").isArray()).isTrue();

        assertThat(created.get("name").asText()).isEqualTo("drydock-cli-created-" + SUFFIX);
        assertThat(created.get("state").asText()).isEqualTo("created");
        assertThat(created.at("/labels/dev.drydock.cli-test").asText()).isEqualTo("created");
    }

    @Test
    void tableShowsShortIdsNamesAndTheDockerPsColumns() {
        CliRun run = CliRun.of("containers", "-H", host());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .matches("CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES"));
        assertThat(run.out()).containsPattern(runningId.substring(0, 12) + " +" + image.reference()
                + " +\"sleep 600\" +.+ago +Up .+drydock-cli-running-" + SUFFIX);
        assertThat(run.out()).doesNotContain(runningId);
    }

    @Test
    void noTruncShowsFullIds() {
        CliRun run = CliRun.of("containers", "--no-trunc", "-H", host());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(runningId, createdId, "\"echo 'hello from the CLI test'\"");
    }

    @Test
    void commonOptionsWorkBeforeAndAfterTheCommand() {
        CliRun before = CliRun.of("-H", host(), "--format", "json", "containers");
        CliRun after = CliRun.of("containers", "--format", "json", "-H", host());

        assertThat(before.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(after.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ids(parse(before.out()))).contains(runningId);
        assertThat(ids(parse(after.out()))).contains(runningId);
    }

    static String host() {
        return TestDocker.endpoint().uri();
    }

    static JsonNode containersJson() {
        CliRun run = CliRun.of("containers", "--format", "json", "-H", host());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        return parse(run.out());
    }

    static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            assertThat(node.isArray()).as("a JSON array").isTrue();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(container -> ids.add(container.get("id").asText()));
        return ids;
    }

    static Set<String> dockerPsIds() {
        return new HashSet<>(DockerCli.lines("ps", "-a", "--no-trunc", "--format", "{{.ID}}"));
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode container : list) {
            if (container.get("id").asText().equals(id)) {
                return container;
            }
        }
        throw new AssertionError("container " + id + " is not listed");
    }
}
