package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.EventSubscription;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Counts one container's {@code die} events and keeps the last exit code, from the daemon's event stream:
 * a container its restart policy restarts is running again (exit code 0) by the time anyone inspects it,
 * but every death is an event with its exit code. Without an event stream it counts nothing.
 */
final class ContainerDeaths implements EventSink, AutoCloseable {

    /** Replay from a little before now: the container may have died before the stream opened. */
    private static final Duration REPLAY = Duration.ofSeconds(30);

    private final String containerId;
    private volatile EventSubscription subscription;
    private int deaths;
    private Integer lastExitCode;

    private ContainerDeaths(String containerId) {
        this.containerId = containerId;
    }

    static ContainerDeaths follow(DockerDaemon daemon, String containerId) {
        ContainerDeaths deaths = new ContainerDeaths(containerId);
        try {
            deaths.subscription = daemon.subscribeEvents(Instant.now().minus(REPLAY), deaths);
        } catch (DaemonAccessException | UnsupportedOperationException noStream) {
            // inspecting alone still tells running from exited
        }
        return deaths;
    }

    @Override
    public synchronized void event(DaemonEvent event) {
        if (event.isContainer() && containerId.equals(event.actorId()) && "die".equals(event.baseAction())) {
            deaths++;
            try {
                lastExitCode = Integer.valueOf(event.attributes().getOrDefault("exitCode", ""));
            } catch (NumberFormatException noCode) {
                // a death without an exit code keeps the last one known
            }
        }
    }

    @Override
    public void closed(DaemonAccessException error) {
        // what was counted stays; inspecting covers the rest
    }

    synchronized int deaths() {
        return deaths;
    }

    synchronized OptionalInt lastExitCode() {
        return lastExitCode == null ? OptionalInt.empty() : OptionalInt.of(lastExitCode);
    }

    @Override
    public void close() {
        EventSubscription open = subscription;
        if (open != null) {
            open.close();
        }
    }
}
