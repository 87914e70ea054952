package dev.drydock.core.image.analyzers.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads small text files (package metadata, release files) with a hard limit on how much is read. */
public final class BoundedText {

    private BoundedText() {
    }

    /** At most {@code limit} bytes of {@code in}, decoded as UTF-8 (bad bytes become U+FFFD); the stream is not closed. */
    public static String read(InputStream in, int limit) throws IOException {
        return new String(readBytes(in, limit), StandardCharsets.UTF_8);
    }

    /** At most {@code limit} bytes of {@code in}; the stream is not closed. */
    public static byte[] readBytes(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        int left = limit;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }
}
