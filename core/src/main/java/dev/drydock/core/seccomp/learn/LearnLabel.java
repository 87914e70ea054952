package dev.drydock.core.seccomp.learn;

import dev.drydock.core.daemon.DockerDaemon;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The containers of one learning or verification session: each carries the label
 * {@code dev.drydock.seccomp-learn=<session id>}, and {@link #close()} removes every one of them — those it
 * created and any other with the label (for example one whose creation answer was lost) — also after a
 * cancel or a failure.
 */
public final class LearnLabel implements AutoCloseable {

    /** The label key on every container learning or verification creates. */
    public static final String KEY = "dev.drydock.seccomp-learn";

    private final DockerDaemon daemon;
    private final String sessionId;
    private final List<String> created = new CopyOnWriteArrayList<>();

    public LearnLabel(DockerDaemon daemon) {
        this.daemon = daemon;
        this.sessionId = "learn-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    public String sessionId() {
        return sessionId;
    }

    /** Creates the container with this session's label; removed at {@link #close()} if not before. */
    public String create(dev.drydock.core.daemon.ContainerSpec spec) {
        String id = daemon.createContainer(spec.toBuilder().label(KEY, sessionId).build());
        created.add(id);
        return id;
    }

    /** Removes one container of this session now (killing it if it runs). */
    public void remove(String id) {
        try {
            daemon.removeContainer(id, true);
        } catch (RuntimeException alreadyGone) {
            // removed already, or the daemon went away: close() tries the label again
        }
        created.remove(id);
    }

    @Override
    public void close() {
        List.copyOf(created).forEach(this::remove);
        try {
            daemon.listContainers().stream().filter(c -> sessionId.equals(c.labels().get(KEY)))
                    .forEach(c -> remove(c.id()));
        } catch (RuntimeException daemonGone) {
            // nothing more can be done; the label lets 'docker rm' find them
        }
    }
}
