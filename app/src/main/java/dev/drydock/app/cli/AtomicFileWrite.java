package dev.drydock.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: the new text goes to a temporary file beside it, which takes
 * the old file's permissions and is then moved over it, so a reader never sees half a file and a crash
 * leaves the old one intact. A symbolic link is followed, and its target replaced.
 */
final class AtomicFileWrite {

    private AtomicFileWrite() {
    }

    static void replace(Path file, String text) throws IOException {
        Path target = file.toRealPath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".drydock-fix");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
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
