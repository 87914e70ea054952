package dev.drydock.core.docker;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.testing.DaemonProxy;
import dev.drydock.core.testing.TestDocker;

/**
 * The test daemon over tcp, so read tests also cover docker-java's transport: a loopback port
 * forwarded to its unix socket (reads on a unix socket go through {@link UnixSocketHttp}), or the
 * test daemon itself when it is a tcp endpoint already.
 */
final class OverTcp implements AutoCloseable {

    private DaemonProxy proxy;

    synchronized DockerEndpoint endpoint() {
        DockerEndpoint daemon = TestDocker.endpoint();
        if (!"unix".equals(daemon.scheme())) {
            return daemon;
        }
        if (proxy == null) {
            proxy = DaemonProxy.toTestDaemon();
        }
        return proxy.endpoint();
    }

    @Override
    public synchronized void close() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }
}
