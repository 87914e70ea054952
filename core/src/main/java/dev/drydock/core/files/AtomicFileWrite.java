package dev.drydock.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: the new text goes to a temporary file beside it, which takes
 * the old file's permissions and is then moved over it, so a reader never sees half a file and a crash
 * leaves the old one intact. A symbolic link is followed, and its target replaced. Shared by
 * {@code drydock fix --write}, the editor's Save and the recovery area.
 */
public final class AtomicFileWrite {

    private AtomicFileWrite() {
    }

    /** Replaces the content of an existing file (following a symbolic link) with {@code text} in UTF-8. */
    public static void replace(Path file, String text) throws IOException {
        writeTo(file.toRealPath(), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code text} in UTF-8 to {@code file}, creating it (but not its folder) when it does not
     * exist yet, replacing it atomically when it does.
     */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #write(Path, String)} for bytes. */
    public static void write(Path file, byte[] content) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Created empty first so the new file gets the user's usual permissions, not a temporary file's.
            Files.createFile(file);
        }
        writeTo(file.toRealPath(), content);
    }

    private static void writeTo(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".drydock-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
