package dev.drydock.core.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drydock.core.daemon.endpoint.HostEnvironment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link DrydockSettings} as JSON. Writing is atomic (a temporary file moved over
 * the old one), so a crash never leaves half a file. A file that cannot be understood is kept
 * beside it as {@code settings.json.bad} and Drydock starts with defaults and a warning.
 */
public final class SettingsStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private static final String FILE_NAME_PREFIX = "settings-";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in this user's usual settings folder. */
    public static SettingsStore forUser() {
        return forUser(HostEnvironment.current());
    }

    public static SettingsStore forUser(HostEnvironment host) {
        return new SettingsStore(SettingsLocation.file(host));
    }

    public Path file() {
        return file;
    }

    /** The saved settings; defaults when there are none yet or they cannot be read. */
    public LoadedSettings load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException firstRun) {
            return LoadedSettings.of(DrydockSettings.defaults());
        } catch (IOException unreadable) {
            return new LoadedSettings(DrydockSettings.defaults(), "Drydock could not read its settings file "
                    + file + " (" + unreadable.getMessage() + ") and started with default settings.");
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            return new LoadedSettings(DrydockSettings.defaults(), keepCorruptFile("the file is empty"));
        }
        try {
            DrydockSettings settings = JSON.readValue(content, DrydockSettings.class);
            if (settings == null) {
                return new LoadedSettings(DrydockSettings.defaults(), keepCorruptFile("the file holds null"));
            }
            return LoadedSettings.of(settings);
        } catch (IOException corrupt) {
            return new LoadedSettings(DrydockSettings.defaults(), keepCorruptFile(reason(corrupt)));
        }
    }

    /** Writes the settings; on failure the previous file stays as it was. */
    public void save(DrydockSettings settings) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME_PREFIX, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(settings)));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failed) {
            Files.deleteIfExists(temporary);
            throw new IOException("Drydock could not save its settings to " + file + ": " + failed.getMessage(), failed);
        }
    }

    private String keepCorruptFile(String reason) {
        String intro = "Drydock could not understand its settings file " + file + " (" + reason
                + ") and started with default settings.";
        try {
            Path kept = freeBadName();
            Files.move(file, kept);
            return intro + " The old file was kept as " + kept + ".";
        } catch (IOException cannotMove) {
            return intro + " Saving settings will replace the old file; copy it now if you need it ("
                    + cannotMove.getMessage() + ").";
        }
    }

    /** {@code settings.json.bad}, or {@code settings.json.bad.2} … when earlier ones are kept. */
    private Path freeBadName() {
        Path bad = file.resolveSibling(file.getFileName() + ".bad");
        for (int n = 2; Files.exists(bad); n++) {
            bad = file.resolveSibling(file.getFileName() + ".bad." + n);
        }
        return bad;
    }

    /** Where and what, without Java class names: {@code line 3: "endpoint.kind" has a value Drydock does not know}. */
    private static String reason(IOException corrupt) {
        if (!(corrupt instanceof JsonProcessingException)) {
            return corrupt.getMessage();
        }
        JsonProcessingException json = (JsonProcessingException) corrupt;
        String where = json.getLocation() == null || json.getLocation().getLineNr() < 1
                ? "" : "line " + json.getLocation().getLineNr() + ": ";
        if (json instanceof JsonMappingException && !((JsonMappingException) json).getPath().isEmpty()) {
            String field = ((JsonMappingException) json).getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            return where + "\"" + field + "\" has a value Drydock does not understand";
        }
        if (json instanceof JsonParseException) {
            return where + "not valid JSON";
        }
        return where + "not Drydock settings";
    }
}
