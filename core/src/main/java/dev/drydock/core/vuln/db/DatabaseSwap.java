package dev.drydock.core.vuln.db;

import dev.drydock.core.vuln.db.VulnerabilityDatabaseException.Problem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

/**
 * Changes the database without ever touching the file in use: the work happens on a new file beside
 * it (a copy of the current one, or an empty one), which is checked, flushed to disk and then moved
 * over the old one in one atomic step. Whatever fails or is cancelled on the way, the old file stays
 * as it was and the new one is deleted. A lock file keeps two changes from running at once.
 */
final class DatabaseSwap {

    /** The work done on the new file. */
    @FunctionalInterface
    interface Work<T> {
        T apply(DatabaseWriter writer) throws SQLException;
    }

    private DatabaseSwap() {
    }

    /**
     * Runs {@code work} on a new database file and swaps it in for {@code live}.
     *
     * @param fromLive start from a copy of the current database (false: from an empty one, which also
     *                 happens when the current one cannot be read)
     */
    static <T> T replace(Path live, boolean fromLive, Work<T> work) {
        Path file = live.toAbsolutePath();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw writeFailed("The folder " + folder + " for the vulnerability database cannot be created: " + e.getMessage(), e);
        }
        try (FileChannel lockChannel = FileChannel.open(folder.resolve(name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                throw new VulnerabilityDatabaseException(Problem.WRITE_FAILED,
                        "Another update or import of the vulnerability database " + file + " is running.",
                        "Wait for it to finish, then try again.");
            }
            removeLeftovers(folder, name);
            return replaceLocked(file, fromLive, work);
        } catch (IOException e) {
            throw writeFailed("The vulnerability database " + file + " cannot be locked for the update: " + e.getMessage(), e);
        }
    }

    private static <T> T replaceLocked(Path live, boolean fromLive, Work<T> work) throws IOException {
        Path temp = Files.createTempFile(live.getParent(), tempPrefix(live.getFileName().toString()), ".tmp");
        boolean moved = false;
        try {
            if (fromLive && readable(live)) {
                Files.copy(live, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            T result;
            try (DatabaseWriter writer = DatabaseWriter.open(temp)) {
                result = work.apply(writer);
                writer.commit();
            } catch (SQLException e) {
                throw writeFailed("The new vulnerability database could not be written: " + e.getMessage(), e);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            VulnerabilityDatabase.open(temp).close(); // the new file must open before it replaces the old one
            try {
                Files.move(temp, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, live, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return result;
        } catch (IOException e) {
            throw writeFailed("The vulnerability database " + live + " could not be replaced: " + e.getMessage(), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static boolean readable(Path live) {
        if (!Files.isRegularFile(live)) {
            return false;
        }
        try (VulnerabilityDatabase current = VulnerabilityDatabase.open(live)) {
            return current.file() != null;
        } catch (VulnerabilityDatabaseException unreadable) {
            return false; // rebuilt from nothing; the unreadable file is replaced at the end
        }
    }

    /** Temporary files of updates that were killed before they could clean up. */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, tempPrefix(name) + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static String tempPrefix(String name) {
        return "." + name + ".";
    }

    private static VulnerabilityDatabaseException writeFailed(String message, Exception cause) {
        return new VulnerabilityDatabaseException(Problem.WRITE_FAILED, message,
                "Check the folder's permissions and free space; the database in use is unchanged.", cause);
    }
}
