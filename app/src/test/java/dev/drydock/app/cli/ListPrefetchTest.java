package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonAccessException.Problem;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ListPrefetchTest {

    @TempDir
    Path temp;

    @Test
    void readsNothingForOtherCommandsOrWhenAnEndpointIsNamed() {
        AtomicInteger resolved = new AtomicInteger();
        ListPrefetch.DefaultEndpoint counting = () -> {
            resolved.incrementAndGet();
            return TestDocker.endpoint();
        };
        String[][] runs = {{"info"}, {"--version"}, {"containers", "-H", "unix:///x.sock"},
            {"-Hunix:///x.sock", "images"}, {"containers", "--context=colima"}, {"--host", "tcp://h:1", "containers"},
            {"images", "-c", "colima"}};
        for (String[] args : runs) {
            ListPrefetch prefetch = ListPrefetch.startFor(args, counting);
            assertThat(prefetch.containers(TestDocker.endpoint())).as(String.join(" ", args)).isEmpty();
            assertThat(prefetch.images(TestDocker.endpoint())).as(String.join(" ", args)).isEmpty();
        }
        assertThat(resolved).hasValue(0);
    }

    @Test
    @DaemonTest
    void theAnswerServesOnlyTheSameCommandOnTheSameEndpoint() {
        try (TestContainers containers = new TestContainers()) {
            String id = containers.create(TestImages.busybox());
            DockerEndpoint endpoint = TestDocker.endpoint();
            ListPrefetch prefetch = ListPrefetch.startFor(new String[] {"containers", "--format", "json"},
                    TestDocker::endpoint);

            assertThat(prefetch.images(endpoint)).isEmpty();
            assertThat(prefetch.containers(endpoint.chosenBy("another reason"))).isEmpty();
            assertThat(prefetch.containers(DockerEndpoint.of("tcp://127.0.0.1:1", "elsewhere"))).isEmpty();
            assertThat(prefetch.containers(endpoint)).hasValueSatisfying(
                    list -> assertThat(list).extracting(ContainerSummary::id).contains(id));
        }
    }

    @Test
    void aFailedReadIsReportedAsTheCommandsOwnFailure() {
        DockerEndpoint missing = DockerEndpoint.of("unix://" + temp.resolve("none.sock"), "test");
        ListPrefetch prefetch = ListPrefetch.startFor(new String[] {"containers"}, () -> missing);

        assertThatThrownBy(() -> prefetch.containers(missing)).isInstanceOfSatisfying(DaemonAccessException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.DAEMON_DOWN));
    }

    @Test
    void anErrorOnThePrefetchThreadLeavesTheCommandToReadItselfInsteadOfWaitingForever() {
        ListPrefetch prefetch = ListPrefetch.startFor(new String[] {"containers"}, () -> {
            throw new AssertionError("e.g. a class missing from the class path");
        });

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> prefetch.containers(TestDocker.endpoint())))
                .isEmpty();
    }

    @Test
    void anEndpointThatCannotBeResolvedLeavesTheCommandToReportIt() {
        ListPrefetch prefetch = ListPrefetch.startFor(new String[] {"images"}, () -> {
            throw new EndpointException("no such context", "choose another");
        });

        assertThat(prefetch.images(TestDocker.endpoint())).isEmpty();
    }
}
