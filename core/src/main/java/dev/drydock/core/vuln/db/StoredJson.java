package dev.drydock.core.vuln.db;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a record's JSON is kept in the {@code records} table: small records as they are, larger ones
 * deflated behind a marker byte (JSON never starts with it). OSV records compress four to six times,
 * which keeps a full database to a few hundred megabytes.
 */
final class StoredJson {

    private static final byte DEFLATED = 1;
    private static final int SMALL = 512;

    private StoredJson() {
    }

    /** Packs {@code json}; {@code deflater} is reset and reused (one per writing thread). */
    static byte[] pack(byte[] json, Deflater deflater) {
        if (json.length < SMALL) {
            return json;
        }
        deflater.reset();
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 16);
        out.write(DEFLATED);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The JSON of a stored value. */
    static byte[] expand(byte[] stored) {
        if (stored.length == 0 || stored[0] != DEFLATED) {
            return stored;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored, 1, stored.length - 1);
            byte[] result = new byte[Math.max(1024, stored.length * 5)];
            int length = 0;
            while (!inflater.finished()) {
                if (length == result.length) {
                    result = Arrays.copyOf(result, result.length * 2);
                }
                int n = inflater.inflate(result, length, result.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored record is cut short");
                }
                length += n;
            }
            return Arrays.copyOf(result, length);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored record is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
