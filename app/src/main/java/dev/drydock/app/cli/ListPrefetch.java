package dev.drydock.app.cli;

import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;
import dev.drydock.core.daemon.endpoint.EndpointException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Starts the daemon read of {@code drydock containers} or {@code drydock images} the moment the
 * process starts, on its own thread, while picocli builds its model and parses the command line
 * (~120 ms: the daemon's own ~55 ms for a thousand containers then costs no wall time). The read
 * is a plain GET, harmless when nobody uses it.
 *
 * <p>It reads from the endpoint the command would use without {@code --host}/{@code --context}
 * and is not started when those options appear; the command takes the answer only when the
 * endpoint it resolved is that same one and it is the command that was prefetched, else it reads
 * on its own. A failed read is rethrown to the command as the command's own failure would be.
 */
final class ListPrefetch {

    /** Nothing prefetched: every command reads on its own. */
    static final ListPrefetch NONE = new ListPrefetch(null, null);

    private static final List<String> ENDPOINT_OPTIONS = List.of("-H", "--host", "-c", "--context");

    private final String command;
    private final CompletableFuture<Fetched> fetched;

    /** What was read, and from where. */
    private record Fetched(DockerEndpoint endpoint, List<?> rows, RuntimeException failure) {
    }

    private ListPrefetch(String command, CompletableFuture<Fetched> fetched) {
        this.command = command;
        this.fetched = fetched;
    }

    /** Where the command would read without {@code --host}/{@code --context}. */
    @FunctionalInterface
    interface DefaultEndpoint {
        DockerEndpoint resolve() throws EndpointException;
    }

    /** Starts reading when {@code args} run {@code containers} or {@code images} on the default endpoint. */
    static ListPrefetch startFor(String[] args) {
        return startFor(args, () -> DaemonAccess.resolve(null, null));
    }

    static ListPrefetch startFor(String[] args, DefaultEndpoint defaultEndpoint) {
        String command = null;
        for (String arg : args) {
            if (ENDPOINT_OPTIONS.stream().anyMatch(arg::startsWith)) {
                return NONE;
            }
            if (command == null && (arg.equals("containers") || arg.equals("images"))) {
                command = arg;
            }
        }
        if (command == null) {
            return NONE;
        }
        Function<DockerDaemon, List<?>> read = command.equals("containers")
                ? DockerDaemon::listContainers : DockerDaemon::listImages;
        CompletableFuture<Fetched> fetched = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                fetched.complete(fetch(defaultEndpoint, read));
            } catch (Throwable unexpected) {
                fetched.completeExceptionally(unexpected); // the command then reads on its own
            }
        }, "drydock-prefetch");
        thread.setDaemon(true);
        thread.start();
        return new ListPrefetch(command, fetched);
    }

    private static Fetched fetch(DefaultEndpoint defaultEndpoint, Function<DockerDaemon, List<?>> read) {
        DockerEndpoint endpoint;
        try {
            endpoint = defaultEndpoint.resolve();
        } catch (Exception | LinkageError e) {
            return new Fetched(null, null, null); // the command resolves again and reports the problem
        }
        try (DockerDaemon daemon = DaemonAccess.open(endpoint)) {
            return new Fetched(endpoint, read.apply(daemon), null);
        } catch (RuntimeException e) {
            return new Fetched(endpoint, null, e);
        }
    }

    /** The containers read ahead from {@code endpoint}, or empty when the command must read itself. */
    @SuppressWarnings("unchecked")
    Optional<List<ContainerSummary>> containers(DockerEndpoint endpoint) {
        return answer("containers", endpoint).map(rows -> (List<ContainerSummary>) rows);
    }

    /** The images read ahead from {@code endpoint}, or empty when the command must read itself. */
    @SuppressWarnings("unchecked")
    Optional<List<ImageSummary>> images(DockerEndpoint endpoint) {
        return answer("images", endpoint).map(rows -> (List<ImageSummary>) rows);
    }

    private Optional<List<?>> answer(String wanted, DockerEndpoint endpoint) {
        if (fetched == null || !wanted.equals(command)) {
            return Optional.empty();
        }
        Fetched answer;
        try {
            answer = fetched.join();
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
        if (answer.endpoint() == null || !sameEndpoint(answer.endpoint(), endpoint)) {
            return Optional.empty();
        }
        if (answer.failure() instanceof DaemonAccessException problem) {
            throw problem;
        }
        return Optional.ofNullable(answer.rows());
    }

    /**
     * The record's own {@code equals} would do, but its first call bootstraps method handles
     * (~9 ms measured on the command line's critical path); the components compared one by one.
     */
    static boolean sameEndpoint(DockerEndpoint a, DockerEndpoint b) {
        return a.uri().equals(b.uri()) && a.tlsVerify() == b.tlsVerify() && Objects.equals(a.certPath(), b.certPath())
                && Objects.equals(a.contextName(), b.contextName()) && Objects.equals(a.chosenBy(), b.chosenBy());
    }
}
