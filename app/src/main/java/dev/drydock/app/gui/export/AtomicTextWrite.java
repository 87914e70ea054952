package dev.drydock.app.gui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a text file all at once: the text goes to a temporary file in the same folder, which takes
 * the permissions of the file it replaces (if any) and is then moved into place, so a reader never
 * sees half a file and a failure leaves the old one as it was.
 */
final class AtomicTextWrite {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicTextWrite() {
    }

    static void write(Path file, String text) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".drydock-export");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            boolean existed = Files.exists(target);
            PosixFileAttributeView posix = Files.getFileAttributeView(existed ? target : dir, PosixFileAttributeView.class);
            if (posix != null) {
                // a temporary file is private to its owner; a new file gets the usual rw-r--r--
                Files.setPosixFilePermissions(temp, existed ? posix.readAttributes().permissions() : NEW_FILE);
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
