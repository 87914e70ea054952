package dev.drydock.core.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Creates containers for a test and removes them all afterwards, even when the test failed. Each
 * instance has its own run id; every container it creates carries the label
 * {@code dev.drydock.test=<run id>}, and {@link #close()} force-removes everything with that label.
 * Use it in try-with-resources, or as {@code @RegisterExtension}: then containers a test method
 * creates are removed after that test, and (for a static field) those made in {@code @BeforeAll}
 * after all tests of the class.
 */
public final class TestContainers implements AutoCloseable, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final String runId = "containers-" + UUID.randomUUID().toString().substring(0, 8);
    /** Containers created while a test method runs; the rest (e.g. from {@code @BeforeAll}) live until afterAll. */
    private final List<String> createdByTest = new CopyOnWriteArrayList<>();
    private volatile boolean testRunning;

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
     * config … ; this instance's label is added to whatever labels it set. Without a host config of
     * its own the container gets no network ({@code --network none}): tests then do not depend on
     * the daemon's bridge, which a restarting daemon may lack for a moment.
     */
    public String create(TestImage image, UnaryOperator<CreateContainerCmd> customize) {
        DockerClient docker = TestDocker.client();
        CreateContainerCmd command = customize.apply(docker.createContainerCmd(image.reference())
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")));
        Map<String, String> labels = new HashMap<>();
        if (command.getLabels() != null) {
            labels.putAll(command.getLabels());
        }
        labels.putAll(labels());
        String id = command.withLabels(labels).exec().getId();
        if (testRunning) {
            createdByTest.add(id);
        }
        return id;
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
            remove(docker, container.getId());
        }
    }

    private static void remove(DockerClient docker, String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException alreadyGone) {
            // the test removed it itself
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testRunning = true;
    }

    /** Removes what the test method created; class-level containers stay for the next test. */
    @Override
    public void afterEach(ExtensionContext context) {
        testRunning = false;
        for (String id : createdByTest) {
            remove(TestDocker.client(), id);
        }
        createdByTest.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
