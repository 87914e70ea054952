package dev.drydock.app.cli;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OSV export bucket on a loopback HTTP server under {@code /osv}: serves the bytes it is given per
 * path, 404 for the rest, or sends a few bytes and then stalls until closed.
 */
final class LoopbackBucket implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stalling = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    LoopbackBucket() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-bucket");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(path);
            try (exchange) {
                byte[] body = files.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                OutputStream out = exchange.getResponseBody();
                if (stalling.containsKey(path)) {
                    out.write(body, 0, 10);
                    out.flush();
                    stalled.countDown();
                    release.await(60, TimeUnit.SECONDS);
                } else {
                    out.write(body);
                }
            } catch (IOException | InterruptedException e) {
                // the client went away
            }
        });
        server.start();
    }

    /** The base URL to give {@code --base-url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/osv";
    }

    LoopbackBucket serve(String path, byte[] body) {
        files.put(path, body);
        stalling.remove(path);
        return this;
    }

    /** Sends the headers and ten bytes of {@code body}, then nothing until {@link #close()}. */
    LoopbackBucket stall(String path, byte[] body) {
        files.put(path, body);
        stalling.put(path, true);
        return this;
    }

    /** Waits until a stalling answer has started. */
    boolean awaitStalled(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
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
