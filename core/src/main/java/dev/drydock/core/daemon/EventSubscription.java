package dev.drydock.core.daemon;

/** A running subscription to the daemon's event stream; closing it ends the stream. */
public interface EventSubscription extends AutoCloseable {

    @Override
    void close();
}
