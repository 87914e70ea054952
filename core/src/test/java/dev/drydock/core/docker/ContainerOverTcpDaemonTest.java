package dev.drydock.core.docker;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import org.junit.jupiter.api.AfterAll;

/** {@link ContainerDaemonTest} over tcp: the same reads through docker-java's transport. */
@DaemonTest
class ContainerOverTcpDaemonTest extends ContainerDaemonTest {

    private final OverTcp tcp = new OverTcp();

    @Override
    DockerEndpoint endpoint() {
        return tcp.endpoint();
    }

    @AfterAll
    void closeForwarding() {
        tcp.close();
    }
}
