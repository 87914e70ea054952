package dev.drydock.core.image.layers;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns a layer tar's entry name into the {@link dev.drydock.core.image.scan.LayerEntry} form: relative
 * to the image root, no leading {@code /} or {@code ./}, {@code .} and empty segments dropped, {@code ..}
 * resolved. A name that climbs above the root ({@code ../etc/passwd}) has no such form: Docker refuses
 * to unpack it, and the reader skips it with a note.
 */
final class EntryPaths {

    /** Longer names are not real files (Linux's PATH_MAX is 4096). */
    static final int MAX_PATH = 4096;

    private EntryPaths() {
    }

    /** The normal form of {@code raw}; {@code null} when it climbs out of the root or is unusable; {@code ""} for the root. */
    static String normalise(String raw) {
        if (raw == null || raw.length() > MAX_PATH || raw.indexOf('\0') >= 0) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : raw.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The folder part of a normal path ({@code etc} for {@code etc/passwd}, {@code ""} at the root). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code folder/name}, or {@code name} at the root. */
    static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
