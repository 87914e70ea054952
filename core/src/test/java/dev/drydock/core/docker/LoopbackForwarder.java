package dev.drydock.core.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Forwards a loopback TCP port to a unix socket (like {@code socat TCP-LISTEN:… UNIX:…}), so tests
 * can reach the real daemon over tcp:// — e.g. to see how TLS fares against its plain HTTP.
 */
final class LoopbackForwarder implements AutoCloseable {

    private final ServerSocket server;
    private final Path socket;

    LoopbackForwarder(Path socket) throws IOException {
        this.socket = socket;
        this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "test-forwarder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String uri() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                SocketChannel daemon = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                // channel reads and writes directly: Channels.newInputStream/newOutputStream would
                // share one lock and block each other
                pump(() -> toDaemon(client.getInputStream(), daemon), client, daemon);
                pump(() -> toClient(daemon, client.getOutputStream()), client, daemon);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private interface Copy {
        void run() throws IOException;
    }

    private static void toDaemon(InputStream from, SocketChannel to) throws IOException {
        byte[] buffer = new byte[16384];
        for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                to.write(chunk);
            }
        }
    }

    private static void toClient(SocketChannel from, OutputStream to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(16384);
        while (from.read(buffer) >= 0) {
            to.write(buffer.array(), 0, buffer.position());
            to.flush();
            buffer.clear();
        }
    }

    private static void pump(Copy copy, Socket client, SocketChannel daemon) {
        Thread thread = new Thread(() -> {
            try {
                copy.run();
            } catch (IOException ignored) {
                // one side hung up
            } finally {
                try {
                    client.close();
                    daemon.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "test-forwarder-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
