package dev.drydock.core.settings;

import dev.drydock.core.settings.RecoveryStore.RecoveryListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryStoreTest {

    private static final Instant EARLY = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATE = Instant.parse("2025-03-01T10:05:00Z");

    @TempDir
    Path settingsFolder;

    private RecoveryStore store() {
        return RecoveryStore.besideSettings(settingsFolder.resolve("settings.json"));
    }

    @Test
    void livesInARecoveryFolderNextToTheSettingsFile() {
        assertThat(store().folder()).isEqualTo(settingsFolder.resolve("recovery").toAbsolutePath());
    }

    @Test
    void nothingKeptYetListsNothing() {
        assertThat(store().list()).isEqualTo(new RecoveryListing(java.util.List.of(), java.util.List.of()));
    }

    @Test
    void keptBuffersListBackMostRecentFirst() throws IOException {
        RecoveredBuffer untitled = new RecoveredBuffer("a1", null, "Untitled 1", "FROM scratch\n", EARLY);
        RecoveredBuffer file = new RecoveredBuffer("b2", "/src/shop/Dockerfile", "Dockerfile", "FROM node:latest\nRUN ✓ é\n", LATE);
        store().save(untitled);
        store().save(file);
        RecoveryListing listing = store().list();
        assertThat(listing.buffers()).containsExactly(file, untitled);
        assertThat(listing.notes()).isEmpty();
        assertThat(listing.buffers().get(0).file()).contains(Path.of("/src/shop/Dockerfile"));
        assertThat(listing.buffers().get(1).file()).isEmpty();
    }

    @Test
    void savingAgainReplacesTheKeptTextAndLeavesNoTemporaryFiles() throws IOException {
        store().save(new RecoveredBuffer("a1", null, "Untitled 1", "FROM scratch\n", EARLY));
        store().save(new RecoveredBuffer("a1", null, "Untitled 1", "FROM busybox\n", LATE));
        assertThat(store().list().buffers()).singleElement()
                .satisfies(buffer -> assertThat(buffer.text()).isEqualTo("FROM busybox\n"));
        try (Stream<Path> files = Files.list(store().folder())) {
            assertThat(files).containsExactly(store().folder().resolve("a1.json"));
        }
    }

    @Test
    void deleteForgetsOnlyThatBuffer() throws IOException {
        store().save(new RecoveredBuffer("a1", null, "Untitled 1", "one", EARLY));
        store().save(new RecoveredBuffer("b2", null, "Untitled 2", "two", LATE));
        store().delete("a1");
        store().delete("never-kept");
        assertThat(store().list().buffers()).extracting(RecoveredBuffer::id).containsExactly("b2");
    }

    @Test
    void aCorruptFileIsSkippedWithANoteAndSetAside() throws IOException {
        store().save(new RecoveredBuffer("good", null, "Untitled 1", "FROM scratch\n", EARLY));
        Path broken = store().folder().resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"broken\", \"text\": ");
        RecoveryListing listing = store().list();
        assertThat(listing.buffers()).extracting(RecoveredBuffer::id).containsExactly("good");
        assertThat(listing.notes()).singleElement().satisfies(note -> assertThat(note)
                .contains("could not be read and was skipped", "broken.json.bad"));
        assertThat(broken).doesNotExist();
        assertThat(store().list().notes()).isEmpty();
    }

    @Test
    void aFileWithMissingFieldsOrAnotherBuffersIdIsSkipped() throws IOException {
        Files.createDirectories(store().folder());
        Files.writeString(store().folder().resolve("x.json"), "{\"id\": \"x\", \"displayName\": \"D\"}");
        Files.writeString(store().folder().resolve("y.json"),
                "{\"id\":\"z\",\"displayName\":\"D\",\"text\":\"t\",\"savedAt\":\"2025-03-01T10:00:00Z\"}");
        RecoveryListing listing = store().list();
        assertThat(listing.buffers()).isEmpty();
        assertThat(listing.notes()).hasSize(2);
    }

    @Test
    void idsThatCouldEscapeTheFolderAreRefused() {
        assertThatThrownBy(() -> new RecoveredBuffer("../settings", null, "x", "", EARLY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedSaveSaysWhereAndWhat() throws IOException {
        Files.writeString(settingsFolder.resolve("recovery"), "a file where the folder should be");
        assertThatThrownBy(() -> store().save(new RecoveredBuffer("a1", null, "Untitled 1", "x", EARLY)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Drydock could not keep a recovery copy of Untitled 1 in " + store().folder());
    }
}
