package dev.drydock.core.docker;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DaemonEvent;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.EventSubscription;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.drydock.core.docker.Json.at;
import static dev.drydock.core.docker.Json.number;
import static dev.drydock.core.docker.Json.stringMap;
import static dev.drydock.core.docker.Json.text;

/**
 * Follows {@code GET /events} on its own daemon thread and hands each event to the sink, in order.
 *
 * <p>Read raw rather than through docker-java's {@code eventsCmd}: the stream is a plain sequence
 * of JSON objects, and owning the loop makes the contract exact: {@link EventSink#opened()} right
 * after the daemon accepted the request, {@link EventSink#closed} exactly once, with null after
 * {@link #close()} and with a translated error when the daemon goes away. The stream runs over its
 * own HTTP client without a response timeout, since it can be silent for hours.
 */
final class EventStream implements EventSubscription {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final DaemonHttp http;
    private final String path;
    private final DaemonErrors errors;
    private final EventSink sink;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Thread thread;
    private volatile Response response;

    private EventStream(DaemonHttp http, String path, DaemonErrors errors, EventSink sink) {
        this.http = http;
        this.path = path;
        this.errors = errors;
        this.sink = sink;
        this.thread = new Thread(this::follow, "drydock-daemon-events");
        this.thread.setDaemon(true);
    }

    /**
     * Starts following {@code apiPrefix + /events} from {@code since} (null: from now) over
     * {@code http}, which this stream owns and closes.
     */
    static EventStream start(DaemonHttp http, String apiPrefix, Instant since, DaemonErrors errors, EventSink sink) {
        String path = apiPrefix + "/events";
        if (since != null) {
            path += "?since=" + since.getEpochSecond() + "." + String.format("%09d", since.getNano());
        }
        EventStream stream = new EventStream(http, path, errors, sink);
        stream.thread.start();
        return stream;
    }

    private void follow() {
        DaemonAccessException failure = null;
        try {
            response = http.open(path, "daemon", "events");
            if (closing.get()) {
                return;
            }
            sink.opened();
            try (JsonParser parser = Json.MAPPER.createParser(response.getBody())) {
                while (!closing.get() && parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode event = Json.MAPPER.readTree(parser);
                    sink.event(toEvent(event));
                }
            }
            failure = closing.get() ? null : errors.streamEnded();
        } catch (DaemonAccessException e) {
            failure = e;
        } catch (Exception e) {
            failure = errors.translate(e, "daemon", "events");
        } finally {
            release();
            sink.closed(closing.get() ? null : failure);
        }
    }

    /** One event object; old daemons (API < 1.22 fields) are not supported, so Type/Action/Actor are there. */
    static DaemonEvent toEvent(JsonNode event) {
        JsonNode actor = at(event, "Actor");
        String id = text(actor, "ID");
        long nanos = number(event, "timeNano");
        Instant time = nanos > 0 ? Instant.ofEpochSecond(0, nanos) : Instant.ofEpochSecond(number(event, "time"));
        return new DaemonEvent(text(event, "Type"), text(event, "Action"), id.isEmpty() ? text(event, "id") : id,
                stringMap(actor, "Attributes"), time);
    }

    /** True once the stream has ended and its sink was told. */
    boolean ended() {
        return !thread.isAlive();
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        release();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void release() {
        Response open = response;
        if (open != null) {
            open.close();
        }
        http.close();
    }
}
