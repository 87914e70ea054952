package dev.drydock.core.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drydock.core.daemon.ContainerChange;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.daemon.ContainerSummary;
import dev.drydock.core.daemon.DaemonInfo;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.EventSink;
import dev.drydock.core.daemon.EventSubscription;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.ImageHistoryEntry;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link DockerDaemon} over docker-java's HTTP transport.
 *
 * <p>Reads (info, lists, inspect, history, events) are raw GETs whose JSON is mapped with Jackson
 * straight into Drydock's records: the answer is parsed once, {@code rawJson} is the daemon's text
 * verbatim, and {@code drydock containers} loads no docker-java model classes, which keeps it as
 * quick as {@code docker ps -a}. State changes (start, stop, restart, remove) go through
 * docker-java's commands ({@link DaemonActions}): they are rare, and the typed commands encode
 * their parameters and report the daemon's refusals as typed exceptions.
 *
 * <p>The API version is negotiated on first need: {@code GET /version} on the unversioned path,
 * then the lower of the daemon's and {@link ApiVersion#NEWEST_KNOWN}; daemons older than
 * {@link ApiVersion#OLDEST_SUPPORTED} are refused with {@code API_TOO_OLD}. Lists read before that
 * go to the unversioned path instead (see {@link #listing}), so {@code drydock containers} costs
 * one round trip.
 */
final class DockerJavaDaemon implements DockerDaemon {

    /** Ordinary reads must answer within this; a busy daemon listing thousands of containers does. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final DockerEndpoint endpoint;
    private final DockerTransports transports;
    private final DaemonErrors errors;
    private final DaemonHttp http;
    private final DaemonActions actions;
    private final List<EventStream> streams = new CopyOnWriteArrayList<>();
    private volatile Negotiated negotiated;

    /** The version answer and the API version chosen from it. */
    private record Negotiated(JsonNode version, ApiVersion used) {
    }

    DockerJavaDaemon(DockerEndpoint endpoint, DockerTransports transports) {
        this.endpoint = endpoint;
        this.transports = transports;
        this.errors = new DaemonErrors(endpoint);
        this.http = new DaemonHttp(transports.readClient(READ_TIMEOUT), errors);
        this.actions = new DaemonActions(transports, errors, () -> api().toString());
    }

    @Override
    public DockerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void ping(Duration timeout) {
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> http.getText("/_ping", "daemon", ""),
                runnable -> {
                    Thread thread = new Thread(runnable, "drydock-daemon-ping");
                    thread.setDaemon(true);
                    thread.start();
                });
        try {
            answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw errors.timeout("no answer to a ping within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw errors.translate(e.getCause(), "daemon", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.timeout("interrupted while waiting for a ping");
        }
    }

    @Override
    public DaemonInfo info() {
        Negotiated version = negotiate();
        JsonNode info = http.getJson(version.used().pathPrefix() + "/info", "daemon", "");
        return InfoMapping.toInfo(version.version(), info, version.used());
    }

    @Override
    public List<ImageSummary> listImages() {
        return listing("/images/json", answer -> ImageMapping.toSummaries(Json.MAPPER.readTree(answer.getBody())));
    }

    @Override
    public ImageDetails inspectImage(String idOrReference) {
        String raw = http.getText(api().pathPrefix() + "/images/" + segment(idOrReference, "image") + "/json", "image",
                idOrReference);
        return ImageMapping.toDetails(parse(raw, "image", idOrReference), raw);
    }

    @Override
    public List<ImageHistoryEntry> imageHistory(String idOrReference) {
        return ImageMapping.toHistory(http.getJson(
                api().pathPrefix() + "/images/" + segment(idOrReference, "image") + "/history", "image", idOrReference));
    }

    @Override
    public List<ContainerSummary> listContainers() {
        return listing("/containers/json?all=1", answer -> ContainerListReader.read(answer.getBody()));
    }

    @Override
    public Optional<ContainerSummary> findContainer(String id) {
        String hex = id == null ? "" : id.replaceAll("[^A-Za-z0-9]", "");
        if (hex.isEmpty()) {
            return Optional.empty();
        }
        String filter = URLEncoder.encode("{\"id\":[\"" + hex + "\"]}", StandardCharsets.UTF_8);
        List<ContainerSummary> found = ContainerListMapping.toSummaries(http.getJson(
                api().pathPrefix() + "/containers/json?all=1&filters=" + filter, "container", id));
        return found.stream().filter(c -> c.id().startsWith(id)).findFirst();
    }

    @Override
    public ContainerDetails inspectContainer(String id) {
        String raw = http.getText(api().pathPrefix() + "/containers/" + segment(id, "container") + "/json", "container", id);
        return ContainerInspectMapping.toDetails(parse(raw, "container", id), raw);
    }

    @Override
    public List<ContainerProcess> listProcesses(String containerId) {
        return ContainerInspectMapping.toProcesses(http.getJson(
                api().pathPrefix() + "/containers/" + segment(containerId, "container") + "/top", "container", containerId));
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        return actions.create(spec);
    }

    @Override
    public List<ContainerChange> containerChanges(String id) {
        return actions.changes(id);
    }

    @Override
    public List<String> containerLogTail(String id, int lines) {
        return actions.logTail(id, lines);
    }

    @Override
    public java.util.OptionalLong waitForExit(String id, Duration timeout) {
        return actions.waitForExit(id, timeout);
    }

    @Override
    public dev.drydock.core.daemon.ExecResult exec(String containerId, List<String> command, Duration timeout) {
        return actions.exec(containerId, command, timeout);
    }

    @Override
    public void loadImage(java.io.InputStream archive) {
        actions.loadImage(archive);
    }

    @Override
    public void killContainer(String id) {
        actions.kill(id);
    }

    @Override
    public void startContainer(String id) {
        actions.start(id);
    }

    @Override
    public void stopContainer(String id, Duration gracePeriod) {
        actions.stop(id, gracePeriod);
    }

    @Override
    public void restartContainer(String id, Duration gracePeriod) {
        actions.restart(id, gracePeriod);
    }

    @Override
    public void removeContainer(String id, boolean force) {
        actions.removeContainer(id, force);
    }

    @Override
    public void removeImage(String idOrReference, boolean force) {
        actions.removeImage(idOrReference, force);
    }

    /**
     * The image's {@code docker save} tar as the daemon streams it, read by the same transport as the
     * lists (on a unix socket: the JDK's channel with a 64 KiB buffer, without docker-java's layers, which
     * cost a second of system time on a 1.4 GB export). No read timeout: the daemon may prepare the
     * archive for a while before its first byte. Closing the stream closes the connection.
     */
    @Override
    public java.io.InputStream exportImage(String idOrReference) {
        String path = api().pathPrefix() + "/images/" + segment(idOrReference, "image") + "/get";
        DaemonHttp client = new DaemonHttp(transports.readClient(null), errors);
        try {
            return new ExportStream(client.open(path, "image", idOrReference), client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public EventSubscription subscribeEvents(Instant since, EventSink sink) {
        ApiVersion version = api();
        DaemonHttp client = new DaemonHttp(transports.readClient(null), errors);
        EventStream stream = EventStream.start(client, version.pathPrefix(), since, errors, sink);
        streams.removeIf(EventStream::ended);
        streams.add(stream);
        return stream;
    }

    /** Closes the connection and any event streams still open (their sinks hear {@code closed(null)}). */
    @Override
    public void close() {
        streams.forEach(EventStream::close);
        streams.clear();
        actions.close();
        http.close();
    }

    /**
     * A list read. Before the API version is negotiated it goes to the unversioned path, saving
     * the {@code /version} round trip on a command line's only request: the daemon then answers in
     * its own API version (list entries only ever gained fields), named by its {@code Api-Version}
     * header, and daemons older than {@link ApiVersion#OLDEST_SUPPORTED} are refused as they are
     * by the negotiation.
     */
    private <T> T listing(String path, DaemonHttp.AnswerReader<T> reader) {
        Negotiated known = negotiated;
        if (known != null) {
            return http.read(known.used().pathPrefix() + path, "daemon", "", reader);
        }
        return http.read(path, "daemon", "", answer -> {
            String daemonApi = answer.getHeader("Api-Version");
            if (daemonApi != null) {
                try {
                    if (ApiVersion.parse(daemonApi).olderThan(ApiVersion.OLDEST_SUPPORTED)) {
                        throw errors.apiTooOld(ApiVersion.parse(daemonApi));
                    }
                } catch (IllegalArgumentException e) {
                    throw errors.unknownApi(e.getMessage());
                }
            }
            return reader.read(answer);
        });
    }

    private ApiVersion api() {
        return negotiate().used();
    }

    private Negotiated negotiate() {
        Negotiated known = negotiated;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (negotiated == null) {
                JsonNode version = http.getJson("/version", "daemon", "");
                ApiVersion daemonMax;
                ApiVersion daemonMin;
                try {
                    daemonMax = ApiVersion.parse(Json.text(version, "ApiVersion"));
                    String min = Json.text(version, "MinAPIVersion");
                    daemonMin = min.isEmpty() ? null : ApiVersion.parse(min);
                } catch (IllegalArgumentException e) {
                    throw errors.unknownApi(e.getMessage());
                }
                if (daemonMax.olderThan(ApiVersion.OLDEST_SUPPORTED)) {
                    throw errors.apiTooOld(daemonMax);
                }
                negotiated = new Negotiated(version, ApiVersion.negotiate(daemonMax, daemonMin));
            }
            return negotiated;
        }
    }

    private JsonNode parse(String raw, String kind, String name) {
        try {
            return Json.MAPPER.readTree(raw);
        } catch (java.io.IOException e) {
            throw errors.translate(new IllegalStateException("the daemon's answer is not JSON", e), kind, name);
        }
    }

    /**
     * An id or image reference as one path segment. References keep their {@code /} (the daemon
     * routes {@code /images/{name:.*}/json}); everything outside the reference alphabet is escaped,
     * and {@code ..} (never part of an id or reference) is refused rather than sent.
     */
    private String segment(String idOrReference, String kind) {
        if (idOrReference == null || idOrReference.isBlank() || idOrReference.contains("..")) {
            throw errors.fromStatus(404, "invalid reference format: \"" + idOrReference + "\"", kind,
                    String.valueOf(idOrReference));
        }
        StringBuilder out = new StringBuilder();
        for (byte b : idOrReference.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && Character.isLetterOrDigit(c) || "-._:@/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
