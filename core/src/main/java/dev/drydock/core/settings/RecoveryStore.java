package dev.drydock.core.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.drydock.core.daemon.endpoint.HostEnvironment;
import dev.drydock.core.files.AtomicFileWrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recovery area: unsaved editor buffers autosaved as one JSON file each in a {@code recovery}
 * folder next to the settings file, so that work survives a crash or a kill. Writes are atomic. A
 * file that cannot be read is moved aside ({@code .bad}) and reported as a note, never an error.
 * Thread-safe for different buffers; callers keep the writes of one buffer in order.
 */
public final class RecoveryStore {

    public static final String FOLDER_NAME = "recovery";
    private static final String SUFFIX = ".json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The recovery area beside this user's settings file. */
    public static RecoveryStore forUser(HostEnvironment host) {
        return besideSettings(SettingsLocation.file(host));
    }

    /** The recovery area beside {@code settingsFile}. */
    public static RecoveryStore besideSettings(Path settingsFile) {
        return new RecoveryStore(settingsFile.toAbsolutePath().resolveSibling(FOLDER_NAME));
    }

    public Path folder() {
        return folder;
    }

    /** Keeps {@code buffer}, replacing what was kept under its id. */
    public void save(RecoveredBuffer buffer) throws IOException {
        try {
            Files.createDirectories(folder);
            AtomicFileWrite.write(fileOf(buffer.id()), JSON.writeValueAsBytes(buffer));
        } catch (IOException failed) {
            throw new IOException("Drydock could not keep a recovery copy of " + buffer.displayName()
                    + " in " + folder + ": " + failed.getMessage(), failed);
        }
    }

    /** Forgets the buffer kept under {@code id}; nothing happens when there is none. */
    public void delete(String id) throws IOException {
        if (RecoveredBuffer.isValidId(id)) {
            Files.deleteIfExists(fileOf(id));
        }
    }

    /** Everything kept, most recently saved first, with a note for each file that could not be read. */
    public RecoveryListing list() {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (NoSuchFileException nothingKeptYet) {
            return new RecoveryListing(List.of(), List.of());
        } catch (IOException unreadable) {
            return new RecoveryListing(List.of(), List.of("Drydock could not look into its recovery folder "
                    + folder + " (" + unreadable.getMessage() + "); unsaved work from an earlier run cannot be offered."));
        }
        List<RecoveredBuffer> buffers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : files) {
            try {
                buffers.add(read(file));
            } catch (IOException | RuntimeException unusable) {
                notes.add(setAside(file));
            }
        }
        buffers.sort(Comparator.comparing(RecoveredBuffer::savedAt).reversed());
        return new RecoveryListing(buffers, notes);
    }

    private RecoveredBuffer read(Path file) throws IOException {
        RecoveredBuffer buffer = JSON.readValue(file.toFile(), RecoveredBuffer.class);
        String name = file.getFileName().toString();
        if (buffer == null || !name.equals(buffer.id() + SUFFIX)) {
            throw new IOException("it does not hold the buffer its name says");
        }
        return buffer;
    }

    private String setAside(Path file) {
        String intro = "A recovery file (" + file + ") could not be read and was skipped";
        try {
            Path bad = file.resolveSibling(file.getFileName() + ".bad");
            Files.move(file, bad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return intro + "; it was kept as " + bad + ".";
        } catch (IOException cannotMove) {
            return intro + ".";
        }
    }

    private Path fileOf(String id) {
        return folder.resolve(id + SUFFIX);
    }

    /**
     * What the recovery area holds.
     *
     * @param buffers the buffers that can be restored, most recent first
     * @param notes   for the user: files that could not be read
     */
    public record RecoveryListing(List<RecoveredBuffer> buffers, List<String> notes) {

        public RecoveryListing {
            buffers = List.copyOf(buffers);
            notes = List.copyOf(notes);
        }
    }
}
