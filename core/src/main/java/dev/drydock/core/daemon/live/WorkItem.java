package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

/**
 * What the live state's worker thread is asked to do, in arrival order: stream news (tagged with
 * the connection they belong to, so news from an old connection is ignored) and user commands.
 */
interface WorkItem {

    /** News from the event stream of connection number {@code connection}. */
    interface StreamNews extends WorkItem {
        long connection();
    }

    record StreamOpened(long connection) implements StreamNews {
    }

    record EventArrived(long connection, DaemonEvent event) implements StreamNews {
    }

    /** @param error null when the stream was closed on purpose */
    record StreamClosed(long connection, DaemonAccessException error) implements StreamNews {
    }

    record RetryNow() implements WorkItem {
    }

    record SwitchEndpoint(DockerEndpoint endpoint) implements WorkItem {
    }

    record AddListener(LiveListener listener) implements WorkItem {
    }

    record Close() implements WorkItem {
    }
}
