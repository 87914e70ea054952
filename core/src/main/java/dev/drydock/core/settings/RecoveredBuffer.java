package dev.drydock.core.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An unsaved editor buffer as kept in the recovery area: enough to open it again after a crash.
 *
 * @param id          names the buffer for as long as it is open (letters, digits, {@code -} and {@code _})
 * @param path        the file the buffer belongs to, null for an untitled buffer
 * @param displayName what its tab was called, e.g. {@code Dockerfile} or {@code Untitled 2}
 * @param text        the buffer's text when it was autosaved
 * @param savedAt     when it was autosaved
 */
public record RecoveredBuffer(String id, String path, String displayName, String text, Instant savedAt) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public RecoveredBuffer {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a recovery id: " + id);
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The file the buffer belongs to; empty for an untitled buffer. */
    public Optional<Path> file() {
        return Optional.ofNullable(path).map(Path::of);
    }

    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
