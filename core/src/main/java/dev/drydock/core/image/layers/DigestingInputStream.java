package dev.drydock.core.image.layers;

import dev.drydock.core.task.CancellationToken;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) every byte read through it, checks for cancellation on each read and
 * stops with {@link LimitExceededException} once more than {@code limit} bytes went through. Skipping
 * reads too, so nothing escapes the digest. It can also only count ({@code hashing} false).
 */
final class DigestingInputStream extends WatchedInputStream {

    private final MessageDigest digest;
    private final CancellationToken cancel;
    private final long limit;
    private long count;

    DigestingInputStream(InputStream in, CancellationToken cancel, long limit) {
        this(in, cancel, limit, true);
    }

    /** With {@code hashing} false it only counts, checks and limits: for bytes another stream hashes already. */
    DigestingInputStream(InputStream in, CancellationToken cancel, long limit, boolean hashing) {
        super(in);
        this.digest = hashing ? sha256() : null;
        this.cancel = cancel;
        this.limit = limit;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        cancel.throwIfCancelled();
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            if (digest != null) {
                digest.update(buffer, offset, n);
            }
            count += n;
            if (count > limit) {
                throw new LimitExceededException(count);
            }
        }
        return n;
    }

    /** Reads to the end, so that the digest covers the whole stream. */
    void drain() throws IOException {
        skip(Long.MAX_VALUE);
    }

    long count() {
        return count;
    }

    /** {@code sha256:<hex>} of what was read so far; call once, at the end; empty when not hashing. */
    String digest() {
        return digest == null ? "" : "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** More bytes than allowed went through. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long count;

        LimitExceededException(long count) {
            super("more than the allowed bytes");
            this.count = count;
        }

        long count() {
            return count;
        }
    }
}
