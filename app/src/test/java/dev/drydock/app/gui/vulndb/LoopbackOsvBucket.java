package dev.drydock.app.gui.vulndb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.drydock.core.vuln.db.OsvBucket;
import dev.drydock.core.vuln.db.UpdateSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OSV export bucket on a loopback HTTP server: serves fixture exports at once, or sends half of
 * one and holds the rest back until the test lets it go (to watch progress, or to cancel). Unknown
 * paths answer 404.
 */
final class LoopbackOsvBucket implements AutoCloseable {

    @FunctionalInterface
    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch halfSent = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    LoopbackOsvBucket() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                Answer answer = answers.get(exchange.getRequestURI().getRawPath());
                if (answer == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    answer.send(exchange);
                }
            } catch (IOException e) {
                // the client went away (a cancelled update): nothing more to send
            }
        });
        server.start();
    }

    /** Update settings that download from this server, with short timeouts. */
    UpdateSettings settings() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/osv/");
        return UpdateSettings.defaults().withBucket(new OsvBucket(base));
    }

    /** Serves {@code ecosystem}'s {@code all.zip} at once. */
    LoopbackOsvBucket serveAllZip(String ecosystem, byte[] zip) {
        answers.put("/osv/" + ecosystem + "/all.zip", exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip);
        });
        return this;
    }

    /** Serves {@code ecosystem}'s {@code all.zip} in two halves, the second once {@link #release()} is called. */
    LoopbackOsvBucket holdAllZipHalfway(String ecosystem, byte[] zip) {
        answers.put("/osv/" + ecosystem + "/all.zip", exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            OutputStream out = exchange.getResponseBody();
            out.write(zip, 0, zip.length / 2);
            out.flush();
            halfSent.countDown();
            try {
                if (release.await(30, TimeUnit.SECONDS)) {
                    out.write(zip, zip.length / 2, zip.length - zip.length / 2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    /** Waits until the first half of a held export went out. */
    boolean awaitHalfSent() throws InterruptedException {
        return halfSent.await(20, TimeUnit.SECONDS);
    }

    /** Sends the rest of the held exports. */
    void release() {
        release.countDown();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
