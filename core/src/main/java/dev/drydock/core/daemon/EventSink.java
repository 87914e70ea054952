package dev.drydock.core.daemon;

/** Receives the daemon's events on the stream's own thread. */
public interface EventSink {

    /** Called once the stream is open: events from now on will be delivered. */
    default void opened() {
    }

    void event(DaemonEvent event);

    /** The stream ended: {@code error} is null when it was closed on purpose. */
    void closed(DaemonAccessException error);
}
