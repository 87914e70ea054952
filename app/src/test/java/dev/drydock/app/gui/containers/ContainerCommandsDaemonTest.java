package dev.drydock.app.gui.containers;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.live.ListChange;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The container commands against the real daemon, driven the way the view drives them. */
@DaemonTest
class ContainerCommandsDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    private DockerDaemon daemon;
    private final RecordingPrompts prompts = new RecordingPrompts();
    private ContainersViewModel model;

    @BeforeEach
    void connect() {
        daemon = DockerDaemons.open(TestDocker.endpoint());
        model = new ContainersViewModel(UiTaskRunner.sameThread(), () -> daemon, prompts);
    }

    @AfterEach
    void disconnect() {
        daemon.close();
    }

    /** Tests do not need the bridge network (and some machines have none). */
    static com.github.dockerjava.api.command.CreateContainerCmd noNetwork(com.github.dockerjava.api.command.CreateContainerCmd cmd) {
        return cmd.withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"));
    }

    private ContainerSummary select(String id) {
        ContainerSummary summary = daemon.findContainer(id).orElseThrow();
        model.apply(ListChange.resetTo(List.of(summary)));
        model.select(summary);
        return summary;
    }

    @Test
    void stoppingAndRemovingARunningContainerAsksFirstAndThenDoesIt() {
        String id = containers.createRunning(TestImages.busybox(), ContainerCommandsDaemonTest::noNetwork);
        select(id);
        assertThat(model.canStopProperty().get()).isTrue();
        assertThat(model.canStartProperty().get()).isFalse();

        prompts.answering(true, true);
        model.stop();
        assertThat(daemon.findContainer(id)).get().extracting(ContainerSummary::state).isEqualTo("exited");

        select(id);
        model.remove();
        assertThat(prompts.asked).extracting(q -> q.action()).containsExactly("Stop", "Remove");
        assertThat(daemon.findContainer(id)).isEmpty();
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void declinedRemovalLeavesTheContainer() {
        String id = containers.create(TestImages.busybox());
        select(id);
        prompts.answering(false);
        model.remove();
        assertThat(prompts.asked).hasSize(1);
        assertThat(prompts.asked.get(0).question()).startsWith("Remove container ");
        assertThat(daemon.findContainer(id)).isPresent();
    }

    @Test
    void startingACreatedContainerNeedsNoQuestion() {
        String id = containers.create(TestImages.busybox(), cmd -> noNetwork(cmd.withCmd("sleep", "600")));
        select(id);
        model.start();
        assertThat(prompts.asked).isEmpty();
        assertThat(daemon.findContainer(id)).get().extracting(ContainerSummary::state).isEqualTo("running");
    }

    @Test
    void theDetailsShowTheSecuritySettingsTheContainerWasCreatedWith() {
        String id = containers.create(TestImages.busybox(), cmd -> cmd.withUser("nobody").withHostConfig(
                HostConfig.newHostConfig().withReadonlyRootfs(true).withCapAdd(Capability.NET_ADMIN)));
        select(id);
        ContainerDetails details = model.details().detailsProperty().get();
        assertThat(details).isNotNull();
        assertThat(details.host().readonlyRootfs()).isTrue();
        assertThat(details.host().capAdd()).containsExactly("NET_ADMIN");
        assertThat(details.config().user()).isEqualTo("nobody");
        assertThat(details.rawJson()).contains("\"ReadonlyRootfs\":true");
    }
}
