package dev.drydock.core.daemon;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A connection to one Docker-compatible daemon. Implementations are thread-safe; every method
 * blocks on I/O (call them off any UI thread) and reports failures as
 * {@link DaemonAccessException}.
 */
public interface DockerDaemon extends AutoCloseable {

    /** Where this connection goes and how that endpoint was chosen. */
    DockerEndpoint endpoint();

    /** Checks that the daemon answers within {@code timeout}; throws when it does not. */
    void ping(Duration timeout);

    DaemonInfo info();

    /** All images, including dangling ones, like {@code docker images -a} without intermediates. */
    List<ImageSummary> listImages();

    ImageDetails inspectImage(String idOrReference);

    List<ImageHistoryEntry> imageHistory(String idOrReference);

    /** All containers, running or not, like {@code docker ps -a}. */
    List<ContainerSummary> listContainers();

    /** One container in list form, or empty when it no longer exists. */
    java.util.Optional<ContainerSummary> findContainer(String id);

    ContainerDetails inspectContainer(String id);

    /** The processes running in a container, like {@code docker top}; the daemon refuses when it is not running. */
    default List<ContainerProcess> listProcesses(String containerId) {
        throw new UnsupportedOperationException("this daemon connection cannot list a container's processes");
    }

    /**
     * Creates (does not start) a container, like {@code docker create}; returns its id. Refusals come as
     * {@link DaemonAccessException}: {@code CONFLICT} when the name is taken, {@code NOT_FOUND} when the
     * image is not on the daemon (nothing is pulled), {@code DAEMON_ERROR} for settings it rejects.
     */
    default String createContainer(ContainerSpec spec) {
        throw new UnsupportedOperationException("this daemon connection cannot create containers");
    }

    /**
     * The paths of the container's filesystem that differ from its image, like {@code docker diff};
     * changes inside volumes and other mounts are not listed. Works on stopped containers too.
     */
    default List<ContainerChange> containerChanges(String id) {
        throw new UnsupportedOperationException("this daemon connection cannot list a container's changes");
    }

    /**
     * The last {@code lines} lines the container wrote to stdout and stderr (interleaved as logged,
     * oldest first), like {@code docker logs --tail}. Empty when it logged nothing; logging drivers the
     * daemon cannot read back (e.g. {@code none}, {@code syslog}) make the daemon refuse.
     */
    default List<String> containerLogTail(String id, int lines) {
        throw new UnsupportedOperationException("this daemon connection cannot read a container's log");
    }

    /**
     * Everything the container wrote to stdout and stderr so far (interleaved as logged, oldest first), like
     * {@code docker logs}. Same refusals as {@link #containerLogTail}.
     */
    default List<String> containerLog(String id) {
        return containerLogTail(id, Integer.MAX_VALUE);
    }

    /**
     * Waits up to {@code timeout} for the container to stop; its exit code, or empty when it is still
     * running when the time is up. A container that already stopped answers at once.
     */
    default java.util.OptionalLong waitForExit(String id, Duration timeout) {
        throw new UnsupportedOperationException("this daemon connection cannot wait for a container");
    }

    /**
     * Runs {@code command} in the running container ({@code docker exec}, no terminal, no stdin) and waits up
     * to {@code timeout} for it; a container that is not running makes the daemon refuse ({@code CONFLICT}).
     */
    default ExecResult exec(String containerId, List<String> command, Duration timeout) {
        throw new UnsupportedOperationException("this daemon connection cannot run commands in containers");
    }

    /** Kills the container's processes at once ({@code docker kill}); a stopped container is not an error. */
    default void killContainer(String id) {
        throw new UnsupportedOperationException("this daemon connection cannot kill containers");
    }

    /**
     * Loads an image archive in {@code docker save} format, like {@code docker load}; the archive's tags name
     * it. The stream is read to its end; the caller closes it.
     */
    default void loadImage(java.io.InputStream archive) {
        throw new UnsupportedOperationException("this daemon connection cannot load images");
    }

    /** Starts a container; a port already taken on the host is a {@code CONFLICT}. */
    void startContainer(String id);

    void stopContainer(String id, Duration gracePeriod);

    void restartContainer(String id, Duration gracePeriod);

    /** Removes a container; {@code force} kills it first when it is running. */
    void removeContainer(String id, boolean force);

    /** Removes an image; {@code force} also removes it when containers or tags still refer to it. */
    void removeImage(String idOrReference, boolean force);

    /**
     * The image as {@code docker save} writes it (a tar with manifest.json, the config and the layer
     * tars), streamed as the daemon produces it; the caller reads it once and closes it (closing early
     * stops the export). The image scanner reads it with the same reader as a tarball on disk.
     */
    default java.io.InputStream exportImage(String idOrReference) {
        throw new UnsupportedOperationException("this daemon connection cannot export images");
    }

    /**
     * Follows the daemon's event stream from {@code since} (null: from now) until the returned
     * subscription is closed or the stream fails. Events are delivered on a thread of the
     * implementation, in order.
     */
    EventSubscription subscribeEvents(Instant since, EventSink sink);

    @Override
    void close();
}
