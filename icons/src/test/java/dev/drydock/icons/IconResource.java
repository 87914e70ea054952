package dev.drydock.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Reads an icon file shipped next to {@link AppIcon}, as the running app would find it. */
final class IconResource {

    private IconResource() {
    }

    /** The resource's bytes (big-endian by default; callers switch for little-endian formats), or null if absent. */
    static ByteBuffer read(String name) {
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            return in == null ? null : ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
