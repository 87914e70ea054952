package dev.drydock.core.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * State changes through docker-java's typed commands. The docker-java client is created on first
 * use (list and inspect never need it) with the negotiated API version, over its own transport
 * whose response timeout leaves room for a stop's grace period.
 */
final class DaemonActions implements AutoCloseable {

    /** Stopping waits up to the grace period before the daemon answers; allow that plus slack. */
    private static final Duration ACTION_TIMEOUT = Duration.ofMinutes(5);

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
