package dev.drydock.core.image.analyzers.packages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An RPM header as the rpm database stores it (a header blob, without the lead and magic of a
 * package file): {@code int32 indexCount}, {@code int32 dataLength}, then {@code indexCount} entries
 * of 16 bytes ({@code tag, type, offset, count}, big-endian), then the data store the offsets point
 * into. Only string and 32-bit integer tags are decoded; every offset is checked against the blob.
 */
final class RpmHeader {

    static final int NAME = 1000;
    static final int VERSION = 1001;
    static final int RELEASE = 1002;
    static final int EPOCH = 1003;
    static final int VENDOR = 1011;
    static final int LICENSE = 1014;
    static final int ARCH = 1022;
    static final int SOURCERPM = 1044;

    static final int TYPE_INT32 = 4;
    static final int TYPE_STRING = 6;
    static final int TYPE_STRING_ARRAY = 8;
    static final int TYPE_I18NSTRING = 9;

    private static final int MAX_ENTRIES = 1 << 16;

    private final Map<Integer, String> strings;
    private final Map<Integer, Integer> integers;

    private RpmHeader(Map<Integer, String> strings, Map<Integer, Integer> integers) {
        this.strings = strings;
        this.integers = integers;
    }

    /** The header in {@code blob}, or a description of what is wrong with it. */
    static RpmHeader parse(byte[] blob) throws MalformedHeaderException {
        if (blob.length < 8) {
            throw new MalformedHeaderException("is shorter than a header's 8-byte preamble");
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        int count = buffer.getInt(0);
        int dataLength = buffer.getInt(4);
        long dataStart = 8L + 16L * count;
        if (count < 0 || count > MAX_ENTRIES || dataLength < 0 || dataStart + dataLength > blob.length) {
            throw new MalformedHeaderException("declares " + count + " entries and " + dataLength
                    + " data bytes, more than its " + blob.length + " bytes");
        }
        Map<Integer, String> strings = new HashMap<>();
        Map<Integer, Integer> integers = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 8 + 16 * i;
            int tag = buffer.getInt(at);
            int type = buffer.getInt(at + 4);
            int offset = buffer.getInt(at + 8);
            int items = buffer.getInt(at + 12);
            if (offset < 0 || offset >= dataLength || items <= 0) {
                continue; // e.g. a region tag pointing past the store: no value we need
            }
            int start = (int) dataStart + offset;
            int end = (int) dataStart + dataLength;
            if (type == TYPE_STRING || type == TYPE_STRING_ARRAY || type == TYPE_I18NSTRING) {
                strings.putIfAbsent(tag, cString(blob, start, end));
            } else if (type == TYPE_INT32 && start + 4 <= end) {
                integers.putIfAbsent(tag, buffer.getInt(start));
            }
        }
        return new RpmHeader(strings, integers);
    }

    /** A string tag (the first string of an array or translated string), empty when absent. */
    String string(int tag) {
        return strings.getOrDefault(tag, "");
    }

    Optional<Integer> integer(int tag) {
        return Optional.ofNullable(integers.get(tag));
    }

    private static String cString(byte[] blob, int start, int end) {
        int stop = start;
        while (stop < end && blob[stop] != 0) {
            stop++;
        }
        return new String(blob, start, stop - start, StandardCharsets.UTF_8);
    }

    /** A header blob that cannot be decoded. */
    static final class MalformedHeaderException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedHeaderException(String message) {
            super(message);
        }
    }
}
