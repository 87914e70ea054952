package dev.drydock.core.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Container;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Creates containers for a test and removes them all afterwards, even when the test failed. Each
 * instance has its own run id; every container it creates carries the label
 * {@code dev.drydock.test=<run id>}, and {@link #close()} force-removes everything with that label.
 * Use it in try-with-resources, or as {@code @RegisterExtension} (cleans up after each test, and
 * after all tests when the field is static).
 */
public final class TestContainers implements AutoCloseable, AfterEachCallback, AfterAllCallback {

    private final String runId = "containers-" + UUID.randomUUID().toString().substring(0, 8);

    public String runId() {
        return runId;
    }

    /** The labels every container of this instance gets. */
    public Map<String, String> labels() {
        return Map.of(TestImages.RUN_LABEL, runId);
    }

    /** Creates (does not start) a container of {@code image}. */
    public String create(TestImage image) {
        return create(image, cmd -> cmd);
    }

    /**
     * Creates a container of {@code image} after {@code customize} set its name, command, host
     * config … ; this instance's label is added to whatever labels it set.
     */
    public String create(TestImage image, UnaryOperator<CreateContainerCmd> customize) {
        DockerClient docker = TestDocker.client();
        CreateContainerCmd command = customize.apply(docker.createContainerCmd(image.reference()));
        Map<String, String> labels = new HashMap<>();
        if (command.getLabels() != null) {
            labels.putAll(command.getLabels());
        }
        labels.putAll(labels());
        return command.withLabels(labels).exec().getId();
    }

    /** Creates and starts a container running {@code sleep 600} (unless {@code customize} sets a command). */
    public String createRunning(TestImage image, UnaryOperator<CreateContainerCmd> customize) {
        String id = create(image, cmd -> customize.apply(cmd.withCmd("sleep", "600")));
        TestDocker.client().startContainerCmd(id).exec();
        return id;
    }

    public String createRunning(TestImage image) {
        return createRunning(image, cmd -> cmd);
    }

    /** Force-removes every container carrying this instance's label (with anonymous volumes). */
    @Override
    public void close() {
        DockerClient docker = TestDocker.client();
        List<Container> containers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(labels()).exec();
        for (Container container : containers) {
            try {
                docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
            } catch (RuntimeException alreadyGone) {
                // the test removed it itself
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
