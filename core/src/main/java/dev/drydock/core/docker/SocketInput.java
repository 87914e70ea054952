package dev.drydock.core.docker;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Buffered reading from a connected socket channel, with an optional limit on how long one read may
 * wait (the JDK has no read timeout for unix-domain channels, so a timed stream reads in
 * non-blocking mode and waits in a {@link Selector}). Untimed streams read in blocking mode, so
 * that closing the channel from another thread ends a read at once.
 */
final class SocketInput extends InputStream {

    private final SocketChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).flip();
    private final Selector selector;
    private final long timeoutMillis;

    /** Reads from {@code channel}; {@code timeout} null waits as long as it takes. */
    SocketInput(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        if (timeout == null) {
            this.selector = null;
            this.timeoutMillis = 0;
        } else {
            channel.configureBlocking(false);
            this.selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            this.timeoutMillis = Math.max(1, timeout.toMillis());
        }
    }

    @Override
    public int read() throws IOException {
        return fill() ? buffer.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, buffer.remaining());
        buffer.get(target, offset, n);
        return n;
    }

    @Override
    public int available() {
        return buffer.remaining();
    }

    /** One header or chunk-size line without its CR LF, or null at the end of the stream. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        if (b < 0 && line.length() == 0) {
            return null;
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** True when bytes are buffered, after reading more if needed; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) {
            return true;
        }
        buffer.clear();
        int n;
        try {
            n = channel.read(buffer);
            while (n == 0 && selector != null) {
                if (selector.select(timeoutMillis) == 0) {
                    throw new SocketTimeoutException("no answer within " + timeoutMillis + " ms");
                }
                selector.selectedKeys().clear();
                n = channel.read(buffer);
            }
        } finally {
            buffer.flip();
        }
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        try {
            if (selector != null) {
                selector.close();
            }
        } finally {
            channel.close();
        }
    }
}
