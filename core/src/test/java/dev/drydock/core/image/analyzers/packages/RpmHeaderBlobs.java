package dev.drydock.core.image.analyzers.packages;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes RPM header blobs the way rpm stores them in its database: an immutable-region tag first
 * (as real headers have), then index entries, then the data store with 4-byte aligned integers.
 */
final class RpmHeaderBlobs {

    private static final int REGION_TAG = 63;
    private static final int TYPE_BIN = 7;

    private final Map<Integer, Object> tags = new LinkedHashMap<>();

    RpmHeaderBlobs string(int tag, String value) {
        tags.put(tag, value);
        return this;
    }

    RpmHeaderBlobs int32(int tag, int value) {
        tags.put(tag, value);
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer index = ByteBuffer.allocate(16 * (tags.size() + 1));
        for (Map.Entry<Integer, Object> tag : tags.entrySet()) {
            if (tag.getValue() instanceof Integer number) {
                while (data.size() % 4 != 0) {
                    data.write(0);
                }
                index.putInt(tag.getKey()).putInt(RpmHeader.TYPE_INT32).putInt(data.size()).putInt(1);
                data.writeBytes(ByteBuffer.allocate(4).putInt(number).array());
            } else {
                index.putInt(tag.getKey()).putInt(RpmHeader.TYPE_STRING).putInt(data.size()).putInt(1);
                data.writeBytes(((String) tag.getValue()).getBytes(StandardCharsets.UTF_8));
                data.write(0);
            }
        }
        // The region trailer: 16 bytes at the end of the store, pointed at by the region tag.
        int trailerOffset = data.size();
        data.writeBytes(ByteBuffer.allocate(16).putInt(REGION_TAG).putInt(TYPE_BIN)
                .putInt(-16 * (tags.size() + 1)).putInt(16).array());
        index.putInt(REGION_TAG).putInt(TYPE_BIN).putInt(trailerOffset).putInt(16);
        byte[] entries = reorderRegionFirst(index.array());
        ByteBuffer blob = ByteBuffer.allocate(8 + entries.length + data.size());
        blob.putInt(tags.size() + 1).putInt(data.size()).put(entries).put(data.toByteArray());
        return blob.array();
    }

    private static byte[] reorderRegionFirst(byte[] entries) {
        byte[] reordered = new byte[entries.length];
        System.arraycopy(entries, entries.length - 16, reordered, 0, 16);
        System.arraycopy(entries, 0, reordered, 16, entries.length - 16);
        return reordered;
    }
}
