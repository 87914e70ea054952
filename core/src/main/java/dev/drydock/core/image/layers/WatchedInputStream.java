package dev.drydock.core.image.layers;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that sees every byte it passes on: single-byte reads and skips go through
 * {@link #read(byte[], int, int)} too (a skip reads instead of seeking), so the subclass that watches
 * there — hashing, counting, limiting — misses nothing. No mark/reset.
 */
abstract class WatchedInputStream extends FilterInputStream {

    protected WatchedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 1), 64 * 1024)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public final boolean markSupported() {
        return false;
    }
}
