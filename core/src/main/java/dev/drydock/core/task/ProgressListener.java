package dev.drydock.core.task;

/**
 * Receives progress from a long core operation. Called on the operation's thread; a UI must hop to
 * its own thread itself.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Work whose size is unknown reports {@code total <= 0}. */
    void progress(String message, long done, long total);

    static ProgressListener none() {
        return (message, done, total) -> { };
    }
}
