package dev.drydock.core.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.drydock.core.daemon.DaemonAccessException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Raw GET requests to the daemon: the answer's bytes verbatim (for {@code rawJson}) or parsed as a
 * Jackson tree, errors translated by {@link DaemonErrors}. This keeps the read paths free of
 * docker-java's model classes: one parse, straight into Drydock's records.
 */
final class DaemonHttp implements AutoCloseable {

    private final DockerHttpClient client;
    private final DaemonErrors errors;

    DaemonHttp(DockerHttpClient client, DaemonErrors errors) {
        this.client = client;
        this.errors = errors;
    }

    /** The body of a successful GET of {@code path}, as text; {@code kind}/{@code name} say what it is about. */
    String getText(String path, String kind, String name) {
        return new String(getBytes(path, kind, name), StandardCharsets.UTF_8);
    }

    JsonNode getJson(String path, String kind, String name) {
        return read(path, kind, name, answer -> Json.MAPPER.readTree(answer.getBody()));
    }

    /** Reads a successful answer: the body, and headers if wanted. */
    @FunctionalInterface
    interface AnswerReader<T> {
        T read(Response answer) throws IOException;
    }

    /**
     * A successful GET of {@code path} as {@code reader} reads it while it arrives; answers that
     * are not JSON and broken connections are translated like every other failure.
     */
    <T> T read(String path, String kind, String name, AnswerReader<T> reader) {
        try (Response response = open(path, kind, name)) {
            return reader.read(response);
        } catch (DaemonAccessException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw errors.translate(new IllegalStateException("the daemon's answer to " + path
                    + " is not JSON: " + e.getOriginalMessage(), e), kind, name);
        } catch (IOException | RuntimeException e) {
            throw errors.translate(e, kind, name);
        }
    }

    /**
     * Opens a streaming GET; the caller reads the body and closes the response. Non-2xx answers are
     * read and thrown as translated errors.
     */
    Response open(String path, String kind, String name) {
        Response response;
        try {
            response = client.execute(get(path));
        } catch (RuntimeException e) {
            throw errors.translate(e, kind, name);
        }
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        try (response) {
            throw errors.fromStatus(status, readBody(response, kind, name), kind, name);
        }
    }

    private byte[] getBytes(String path, String kind, String name) {
        try (Response response = open(path, kind, name)) {
            return response.getBody().readAllBytes();
        } catch (DaemonAccessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw errors.translate(e, kind, name);
        }
    }

    private String readBody(Response response, String kind, String name) {
        try (InputStream body = response.getBody()) {
            return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw errors.translate(new UncheckedIOException(e), kind, name);
        }
    }

    private static Request get(String path) {
        return Request.builder().method(Request.Method.GET).path(path).build();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a pool of idle connections cannot fail in a way anyone could act on
        }
    }
}
