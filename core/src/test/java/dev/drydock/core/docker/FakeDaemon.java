package dev.drydock.core.docker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that answers like a daemon the real one here cannot imitate (too old,
 * newer than docker-java, dying mid-stream). Only for those cases: everything else runs against
 * the real daemon.
 */
final class FakeDaemon implements AutoCloseable {

    /** Writes a response; may keep the exchange open to simulate a stream. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

    FakeDaemon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Handler handler = handlers.get(exchange.getRequestURI().getPath());
            if (handler == null) {
                json(exchange, 404, "{\"message\":\"page not found\"}");
            } else {
                handler.handle(exchange);
            }
        });
        server.start();
    }

    FakeDaemon answer(String path, String json) {
        handlers.put(path, exchange -> json(exchange, 200, json));
        return this;
    }

    FakeDaemon handle(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    DockerEndpoint endpoint() {
        return DockerEndpoint.of("tcp://127.0.0.1:" + server.getAddress().getPort(), "fake daemon (tests)");
    }

    static String version(String api, String minApi) {
        return "{\"Version\":\"99.0.0\",\"ApiVersion\":\"" + api + "\",\"MinAPIVersion\":\"" + minApi
                + "\",\"Os\":\"linux\"}";
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
