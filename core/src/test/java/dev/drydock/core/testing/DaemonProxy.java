package dev.drydock.core.testing;

import dev.drydock.core.daemon.endpoint.DockerEndpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP port that forwards to the daemon's unix socket, and can be cut and restored:
 * lets tests watch Drydock lose a daemon and find it again without stopping the real one.
 * {@link #cut()} closes every forwarded connection and stops listening (new connections are
 * refused); {@link #restore()} listens again on the same port.
 */
public final class DaemonProxy implements AutoCloseable {

    private final Path socket;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocketChannel server;

    private DaemonProxy(Path socket) {
        this.socket = socket;
    }

    /** A proxy to the daemon's socket on a free port of 127.0.0.1, already listening. */
    public static DaemonProxy toUnixSocket(Path socket) {
        DaemonProxy proxy = new DaemonProxy(socket);
        proxy.restore();
        return proxy;
    }

    /** A proxy to the test daemon; it must be a unix socket. */
    public static DaemonProxy toTestDaemon() {
        String uri = TestDocker.endpoint().uri();
        if (!uri.startsWith("unix://")) {
            throw new IllegalStateException("DaemonProxy forwards to a unix socket; the test daemon is at " + uri);
        }
        return toUnixSocket(Path.of(uri.substring("unix://".length())));
    }

    public int port() {
        return port;
    }

    /** Where to point Drydock: {@code tcp://127.0.0.1:<port>}. */
    public DockerEndpoint endpoint() {
        return DockerEndpoint.of("tcp://127.0.0.1:" + port, "daemon proxy (tests)");
    }

    /** Forwarded connections currently open (each is a client and a daemon channel). */
    public int openConnections() {
        return open.size() / 2;
    }

    /** Drops every connection and refuses new ones, like a daemon that died. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        open.forEach(DaemonProxy::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port (a new one the first time). */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocketChannel listening = ServerSocketChannel.open();
            listening.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = ((InetSocketAddress) listening.getLocalAddress()).getPort();
            server = listening;
            daemonThread("drydock-test-proxy-accept", () -> accept(listening)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocketChannel listening) {
        while (listening.isOpen()) {
            SocketChannel client;
            try {
                client = listening.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                SocketChannel daemon = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                synchronized (this) {
                    if (server != listening) {
                        closeQuietly(client);
                        closeQuietly(daemon);
                        return;
                    }
                    open.add(client);
                    open.add(daemon);
                }
                AtomicInteger directionsDone = new AtomicInteger();
                daemonThread("drydock-test-proxy-up", () -> pump(client, daemon, directionsDone)).start();
                daemonThread("drydock-test-proxy-down", () -> pump(daemon, client, directionsDone)).start();
            } catch (IOException daemonUnreachable) {
                closeQuietly(client);
            }
        }
    }

    /** Copies one direction; half-closes on end of stream, closes both when both ends are done or on error. */
    private void pump(SocketChannel from, SocketChannel to, AtomicInteger directionsDone) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        boolean bothDone = false;
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
            bothDone = directionsDone.incrementAndGet() == 2;
        } catch (IOException cut) {
            bothDone = true;
        } finally {
            if (bothDone) {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }
    }

    private static Thread daemonThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
