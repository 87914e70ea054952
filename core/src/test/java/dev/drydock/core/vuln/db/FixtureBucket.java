package dev.drydock.core.vuln.db;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** An OSV export bucket on a loopback HTTP server, serving fixture files and misbehaving on request. */
final class FixtureBucket implements AutoCloseable {

    /** How one path is answered. */
    @FunctionalInterface
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    FixtureBucket() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(path);
            try (exchange) {
                Answer answer = answers.get(path);
                if (answer == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    answer.send(exchange);
                }
            } catch (IOException | RuntimeException e) {
                // the misbehaving answers end this way on purpose
            }
        });
        server.start();
    }

    OsvBucket bucket() {
        return new OsvBucket(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/osv"));
    }

    FixtureBucket serve(String path, byte[] body) {
        answers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        return this;
    }

    FixtureBucket answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** Sends the headers and half the body, then drops the connection. */
    static Answer dyingHalfway(byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new IOException("the server dies");
        };
    }

    /** Sends the headers and a few bytes, then sends nothing until the test ends. */
    Answer stalling(byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body, 0, 10);
            exchange.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
