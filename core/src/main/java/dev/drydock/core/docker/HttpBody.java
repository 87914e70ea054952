package dev.drydock.core.docker;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of an HTTP/1.1 answer read from a {@link SocketInput}: {@code Transfer-Encoding: chunked}
 * (the daemon's lists and event streams), a {@code Content-Length} (its small answers and errors),
 * or everything up to the end of the connection. Closing the body closes the connection.
 */
final class HttpBody extends InputStream {

    private static final long UNTIL_CLOSE = -1;

    private final SocketInput in;
    private final boolean chunked;
    /** Bytes left in the current chunk or the fixed-length body; {@link #UNTIL_CLOSE} reads to the end. */
    private long left;
    private boolean done;

    private HttpBody(SocketInput in, boolean chunked, long length) {
        this.in = in;
        this.chunked = chunked;
        this.left = length;
        this.done = !chunked && length == 0;
    }

    static HttpBody chunked(SocketInput in) {
        return new HttpBody(in, true, 0);
    }

    static HttpBody ofLength(SocketInput in, long length) {
        return new HttpBody(in, false, length);
    }

    static HttpBody untilClose(SocketInput in) {
        return new HttpBody(in, false, UNTIL_CLOSE);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (chunked && left == 0 && !done) {
            nextChunk();
        }
        if (done) {
            return -1;
        }
        int wanted = left == UNTIL_CLOSE ? length : (int) Math.min(length, left);
        int n = in.read(target, offset, wanted);
        if (n < 0) {
            if (left == UNTIL_CLOSE) {
                done = true;
                return -1;
            }
            throw new EOFException("the daemon closed the connection in the middle of an answer");
        }
        if (left != UNTIL_CLOSE) {
            left -= n;
            done = !chunked && left == 0;
        }
        return n;
    }

    /** Reads the next chunk's size line (after the previous chunk's CR LF); size 0 ends the body. */
    private void nextChunk() throws IOException {
        String line = in.readLine();
        if (line != null && line.isEmpty()) {
            line = in.readLine(); // the CR LF that ends the previous chunk
        }
        if (line == null) {
            throw new EOFException("the daemon closed the connection in the middle of an answer");
        }
        int extension = line.indexOf(';');
        String size = (extension >= 0 ? line.substring(0, extension) : line).trim();
        try {
            left = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP chunk size: " + line, e);
        }
        if (left == 0) {
            done = true; // trailers, if any, are left unread: the connection is not reused
        }
    }

    @Override
    public int available() {
        return done ? 0 : (int) Math.min(in.available(), left == UNTIL_CLOSE ? Integer.MAX_VALUE : left);
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
