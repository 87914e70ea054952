package dev.drydock.app.cli;

import dev.drydock.core.seccomp.json.SeccompDocument;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompReadException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reading and writing profile files for the seccomp commands, failures as {@link CliProblem}s. */
final class SeccompFiles {

    private SeccompFiles() {
    }

    /** The profile in {@code file}; a missing, unreadable or malformed file says what and where. */
    static SeccompDocument read(Path file) {
        try {
            return SeccompProfileReader.readFile(file);
        } catch (SeccompReadException e) {
            String where = e.position().map(p -> file + ":" + p.line() + ":" + p.column() + ": ").orElse("");
            throw new CliProblem(where + e.getMessage(),
                    "Check the file with 'drydock seccomp validate " + file + "'.");
        }
    }

    /** Writes {@code text} to {@code file}; an existing file is replaced only when {@code replace}. */
    static void write(Path file, String text, boolean replace) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (replace) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CliProblem(file + " already exists.", "Choose another file, or add --force to replace it.");
        } catch (IOException e) {
            throw new CliProblem("Cannot write " + file + ": " + e.getMessage() + ".",
                    "Check that the folder exists and is writable.");
        }
    }
}
