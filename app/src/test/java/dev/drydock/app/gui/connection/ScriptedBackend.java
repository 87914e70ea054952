package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointCandidate;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.daemon.live.LiveListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A backend whose sessions the test drives: it hands out the listener so the test can tell the
 * workbench what the live state would. Sessions have no daemon: commands fail as "not connected".
 */
public final class ScriptedBackend implements ConnectionBackend {

    public final List<Session> sessions = new CopyOnWriteArrayList<>();

    /** One opened session, with what the workbench did to it. */
    public static final class Session implements DaemonSession {
        public final DockerEndpoint endpoint;
        public final LiveListener listener;
        public volatile int retries;
        public volatile boolean closed;

        Session(DockerEndpoint endpoint, LiveListener listener) {
            this.endpoint = endpoint;
            this.listener = listener;
        }

        @Override
        public DockerEndpoint endpoint() {
            return endpoint;
        }

        @Override
        public void retryNow() {
            retries++;
        }

        @Override
        public DockerDaemon daemon() {
            throw new DaemonAccessException(DaemonAccessException.Problem.DAEMON_DOWN, "No daemon in this test.", "");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Override
    public DockerEndpoint resolve(EndpointChoice choice) {
        return choice.kind() == EndpointChoice.Kind.HOST
                ? DockerEndpoint.of(choice.host(), "Drydock's connection settings")
                : DockerEndpoint.of(DockerEndpoint.DEFAULT_UNIX_SOCKET, "default socket");
    }

    @Override
    public List<EndpointCandidate> candidates() {
        return List.of();
    }

    @Override
    public DaemonSession open(DockerEndpoint endpoint, LiveListener listener) {
        Session session = new Session(endpoint, listener);
        sessions.add(session);
        return session;
    }

    public Session last() {
        return sessions.get(sessions.size() - 1);
    }
}
