package dev.drydock.core.image.layers;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a decompression bomb: fails once the uncompressed bytes pass the floor and outgrow the
 * compressed bytes read so far by more than the allowed ratio.
 */
final class RatioGuard extends WatchedInputStream {

    private final DigestingInputStream compressed;
    private final long maxRatio;
    private final long floor;
    private long uncompressed;

    RatioGuard(InputStream uncompressedStream, DigestingInputStream compressed, long maxRatio, long floor) {
        super(uncompressedStream);
        this.compressed = compressed;
        this.maxRatio = maxRatio;
        this.floor = floor;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            uncompressed += n;
            if (uncompressed > floor && uncompressed > maxRatio * Math.max(1, compressed.count())) {
                throw new BombException(uncompressed, compressed.count());
            }
        }
        return n;
    }

    /** The layer expands too much. */
    static final class BombException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long uncompressed;
        private final long compressedBytes;

        BombException(long uncompressed, long compressedBytes) {
            super("decompression bomb");
            this.uncompressed = uncompressed;
            this.compressedBytes = compressedBytes;
        }

        long uncompressed() {
            return uncompressed;
        }

        long compressed() {
            return compressedBytes;
        }
    }
}
