package dev.drydock.core.docker;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonTest;
import org.junit.jupiter.api.AfterEach;

/** {@link DaemonEventsDaemonTest} over tcp: the same event streams through docker-java's transport. */
@DaemonTest
class DaemonEventsOverTcpDaemonTest extends DaemonEventsDaemonTest {

    private final OverTcp tcp = new OverTcp();

    @Override
    DockerEndpoint endpoint() {
        return tcp.endpoint();
    }

    @AfterEach
    void closeForwarding() {
        tcp.close();
    }
}
