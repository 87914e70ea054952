package dev.drydock.core.daemon.live;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.time.Duration;

/**
 * Where the live connection stands, for the status bar.
 *
 * @param info      daemon facts, present when connected
 * @param problem   why it is not connected, present when reconnecting or offline
 * @param attempt   reconnection attempts so far (0 when connected)
 * @param nextRetry time until the next attempt, when reconnecting
 */
public record ConnectionState(Status status, DockerEndpoint endpoint, DaemonInfo info,
                              DaemonAccessException problem, int attempt, Duration nextRetry) {

    public enum Status {
        /** First attempt to reach the daemon is under way. */
        CONNECTING,
        /** Lists are loaded and the event stream is open. */
        CONNECTED,
        /** The connection was lost (or never made); another attempt is scheduled. */
        RECONNECTING,
        /** Stopped trying: the problem will not go away by itself (e.g. permission denied), or closed. */
        OFFLINE
    }

    public boolean connected() {
        return status == Status.CONNECTED;
    }
}
