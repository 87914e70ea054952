package dev.drydock.core.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;

import dev.drydock.core.daemon.ContainerChange;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.ExecResult;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * State changes through docker-java's typed commands. The docker-java client is created on first
 * use (list and inspect never need it) with the negotiated API version, over its own transport
 * whose response timeout leaves room for a stop's grace period.
 */
final class DaemonActions implements AutoCloseable {

    /** Stopping waits up to the grace period before the daemon answers; allow that plus slack. */
    private static final Duration ACTION_TIMEOUT = Duration.ofMinutes(5);
    /** A log tail is a few kilobytes; a daemon that takes longer is stuck. */
    private static final Duration LOG_TIMEOUT = Duration.ofSeconds(30);

    private final DockerTransports transports;
    private final DaemonErrors errors;
    private final Supplier<String> apiVersion;
    private DockerClient client;

    DaemonActions(DockerTransports transports, DaemonErrors errors, Supplier<String> apiVersion) {
        this.transports = transports;
        this.errors = errors;
        this.apiVersion = apiVersion;
    }

    /** Starts the container; starting a running container is not an error (as with {@code docker start}). */
    void start(String id) {
        run("container", id, () -> {
            try {
                client().startContainerCmd(id).exec();
            } catch (NotModifiedException alreadyRunning) {
                // nothing to do
            }
        });
    }

    void stop(String id, Duration grace) {
        run("container", id, () -> {
            try {
                client().stopContainerCmd(id).withTimeout(seconds(grace)).exec();
            } catch (NotModifiedException alreadyStopped) {
                // nothing to do
            }
        });
    }

    void restart(String id, Duration grace) {
        run("container", id, () -> client().restartContainerCmd(id).withTimeout(seconds(grace)).exec());
    }

    void removeContainer(String id, boolean force) {
        run("container", id, () -> client().removeContainerCmd(id).withForce(force).exec());
    }

    void removeImage(String reference, boolean force) {
        run("image", reference, () -> client().removeImageCmd(reference).withForce(force).exec());
    }

    /** Creates (does not start) the container; its id. */
    String create(ContainerSpec spec) {
        String subject = spec.name().isEmpty() ? spec.image() : spec.name();
        try {
            return ContainerSpecMapping.apply(spec, client().createContainerCmd(spec.image())).exec().getId();
        } catch (RuntimeException e) {
            throw errors.translate(e, "container", subject);
        }
    }

    /** {@code docker diff}: the paths the container's layer adds, changes or deletes. */
    List<ContainerChange> changes(String id) {
        try {
            List<ChangeLog> changes = client().containerDiffCmd(id).exec();
            return changes == null ? List.of() : changes.stream()
                    .map(change -> new ContainerChange(change.getPath(), kind(change.getKind()))).toList();
        } catch (RuntimeException e) {
            throw errors.translate(e, "container", id);
        }
    }

    /** The last {@code lines} lines the container wrote to stdout and stderr, oldest first. */
    List<String> logTail(String id, int lines) {
        LogLines collected = new LogLines();
        try {
            client().logContainerCmd(id).withStdOut(true).withStdErr(true).withTail(Math.max(0, lines))
                    .withFollowStream(false).exec(collected);
            if (!collected.awaitCompletion(LOG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                collected.close();
                throw errors.timeout("the container's log did not arrive within " + LOG_TIMEOUT.toSeconds() + " s");
            }
            collected.rethrowFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.timeout("interrupted while reading the container's log");
        } catch (IOException | RuntimeException e) {
            throw errors.translate(e, "container", id);
        }
        List<String> all = collected.lines();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    /** Waits up to {@code timeout} for the container to stop: its exit code, or empty when it still runs. */
    OptionalLong waitForExit(String id, Duration timeout) {
        long millis = Math.max(1, Math.min(timeout.toMillis(), ACTION_TIMEOUT.minusSeconds(30).toMillis()));
        WaitContainerResultCallback waiting = new WaitContainerResultCallback();
        try {
            client().waitContainerCmd(id).exec(waiting);
            return OptionalLong.of(waiting.awaitStatusCode(millis, TimeUnit.MILLISECONDS));
        } catch (DockerClientException stillRunning) {
            // docker-java's "awaiting status code timeout" (its other failures arrive as DockerException)
            return OptionalLong.empty();
        } catch (RuntimeException e) {
            throw errors.translate(e, "container", id);
        } finally {
            closeQuietly(waiting);
        }
    }

    /** {@code docker exec}: runs the command without a terminal and collects its output. */
    ExecResult exec(String id, List<String> command, Duration timeout) {
        LogLines output = new LogLines();
        try {
            String execId = client().execCreateCmd(id).withCmd(command.toArray(String[]::new))
                    .withAttachStdout(true).withAttachStderr(true).exec().getId();
            client().execStartCmd(execId).withDetach(false).withTty(false).exec(output);
            boolean ended = output.awaitCompletion(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (!ended) {
                return new ExecResult(-1, output.lines(), true);
            }
            output.rethrowFailure();
            Long exit = client().inspectExecCmd(execId).exec().getExitCodeLong();
            return new ExecResult(exit == null ? -1 : exit.intValue(), output.lines(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.timeout("interrupted while waiting for a command in the container");
        } catch (RuntimeException e) {
            throw errors.translate(e, "container", id);
        } finally {
            closeQuietly(output);
        }
    }

    /** {@code docker load} of an image archive in {@code docker save} format. */
    void loadImage(java.io.InputStream archive) {
        run("image", "archive", () -> client().loadImageCmd(archive).exec());
    }

    /** {@code docker kill}; a container that is not running is left as it is. */
    void kill(String id) {
        run("container", id, () -> {
            try {
                client().killContainerCmd(id).exec();
            } catch (ConflictException notRunning) {
                // already stopped
            }
        });
    }

    private static void closeQuietly(java.io.Closeable callback) {
        try {
            callback.close();
        } catch (IOException | RuntimeException ignored) {
            // the stream is done with either way
        }
    }

    private static ContainerChange.Kind kind(Integer kind) {
        // the daemon's numbering: 0 modified, 1 added, 2 deleted
        return kind == null ? ContainerChange.Kind.CHANGED : switch (kind) {
            case 1 -> ContainerChange.Kind.ADDED;
            case 2 -> ContainerChange.Kind.DELETED;
            default -> ContainerChange.Kind.CHANGED;
        };
    }

    private void run(String kind, String name, Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            throw errors.translate(e, kind, name);
        }
    }

    private synchronized DockerClient client() {
        if (client == null) {
            // a bare builder: the endpoint decides everything, never DOCKER_* variables or property files
            DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder()
                    .withDockerHost(transports.dockerHost())
                    .withDockerTlsVerify(false)
                    .withApiVersion(apiVersion.get())
                    .build();
            client = DockerClientImpl.getInstance(config, transports.client(ACTION_TIMEOUT));
        }
        return client;
    }

    private static int seconds(Duration grace) {
        long seconds = Math.max(0, grace.toSeconds());
        return (int) Math.min(seconds, ACTION_TIMEOUT.toSeconds() - 30);
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // closing idle connections cannot fail in a way anyone could act on
            }
            client = null;
        }
    }
}
