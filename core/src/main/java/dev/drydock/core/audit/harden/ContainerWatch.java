package dev.drydock.core.audit.harden;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Watches a started container for a while: its health check when it has one, else whether it keeps
 * running; restarts are counted from its {@code die} events (see {@link ContainerDeaths}) and changes of its
 * start time. Stops early when it exits for good or its health check says unhealthy.
 */
final class ContainerWatch {

    /** The verdict of a watch. */
    record Verdict(RecreateOutcome outcome, int exitCode, int restarts, String error, Duration watched,
                   boolean healthUndecided) {
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final DockerDaemon daemon;

    ContainerWatch(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    /** @throws CancelledException when the token is cancelled while it watches */
    Verdict watch(String id, String name, Duration watch, CancellationToken token, ProgressListener progress) {
        try (ContainerDeaths deaths = ContainerDeaths.follow(daemon, id)) {
            Instant start = Instant.now();
            Instant deadline = start.plus(watch);
            Set<Instant> starts = new HashSet<>();
            ContainerDetails.ContainerState state = daemon.inspectContainer(id).state();
            while (true) {
                token.throwIfCancelled();
                if (state.startedAt() != null) {
                    starts.add(state.startedAt());
                }
                boolean exited = !state.running() && !state.restarting();
                if (exited || "unhealthy".equals(state.health())) {
                    break;
                }
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    break;
                }
                progress.progress("Watching " + name + " (" + Math.max(1, left.toSeconds()) + " s left)",
                        watch.minus(left).toMillis(), watch.toMillis());
                sleep(left.compareTo(POLL) < 0 ? left : POLL);
                state = daemon.inspectContainer(id).state();
            }
            boolean running = state.running() || state.restarting();
            int restarts = Math.max(starts.size() - 1, running ? deaths.deaths() : deaths.deaths() - 1);
            int exitCode = running ? deaths.lastExitCode().orElse(state.exitCode()) : state.exitCode();
            return verdict(state, Math.max(0, restarts), exitCode, Duration.between(start, Instant.now()));
        }
    }

    private static Verdict verdict(ContainerDetails.ContainerState state, int restarts, int exitCode,
                                   Duration watched) {
        String error = state.error() == null ? "" : state.error();
        if (!state.running() || state.restarting() || restarts > 0) {
            return new Verdict(RecreateOutcome.EXITED, exitCode, restarts, error, watched, false);
        }
        String health = state.health() == null ? "" : state.health();
        return switch (health) {
            case "healthy" -> new Verdict(RecreateOutcome.HEALTHY, 0, 0, error, watched, false);
            case "unhealthy" -> new Verdict(RecreateOutcome.UNHEALTHY, 0, 0, error, watched, false);
            default -> new Verdict(RecreateOutcome.RUNNING, 0, 0, error, watched, health.equals("starting"));
        };
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
