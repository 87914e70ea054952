package dev.drydock.core.audit.harden;

import java.util.List;
import java.util.Objects;

/**
 * A directory the container needs writable once its root filesystem is read-only: it gets a tmpfs.
 *
 * @param directory        e.g. {@code /var/cache/nginx}
 * @param seenWritten      the paths under it {@code docker diff} listed as added, changed or deleted; empty
 *                         for {@code /tmp}, which is always given a tmpfs
 * @param hidesImageFiles  true when the container changed or deleted files the image has there: a tmpfs starts
 *                         empty and hides them
 */
public record WritablePath(String directory, List<String> seenWritten, boolean hidesImageFiles) {

    private static final int NAMED_PATHS = 3;

    public WritablePath {
        Objects.requireNonNull(directory, "directory");
        seenWritten = List.copyOf(seenWritten);
    }

    /** Why the directory gets a tmpfs, for the user. */
    public String reasoning() {
        if (seenWritten.isEmpty()) {
            return directory + ": a tmpfs because programs commonly write temporary files there.";
        }
        List<String> named = seenWritten.subList(0, Math.min(NAMED_PATHS, seenWritten.size()));
        String more = seenWritten.size() > NAMED_PATHS ? " and " + (seenWritten.size() - NAMED_PATHS) + " more" : "";
        String caution = hidesImageFiles ? " The image has files there that the tmpfs hides (it starts empty);"
                + " if the container needs them, mount a volume there instead." : "";
        return directory + ": seen written by the running container: " + String.join(", ", named) + more + "."
                + caution;
    }
}
