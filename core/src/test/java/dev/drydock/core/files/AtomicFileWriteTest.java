package dev.drydock.core.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFileWriteTest {

    @TempDir
    Path dir;

    @Test
    void writeCreatesANewFileWithOrdinaryPermissions() throws IOException {
        Path file = dir.resolve("Dockerfile");
        AtomicFileWrite.write(file, "FROM scratch\n");
        assertThat(file).hasContent("FROM scratch\n");
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writeReplacesKeepingPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWrite.write(file, "new ✓");
        assertThat(Files.readString(file)).isEqualTo("new ✓");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aLinkIsFollowedAndStaysALink() throws IOException {
        Path target = Files.writeString(dir.resolve("real"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), target);
        AtomicFileWrite.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("new");
    }
}
