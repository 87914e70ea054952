package dev.drydock.core.image.layers;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drydock.core.daemon.endpoint.HostEnvironment;
import dev.drydock.core.files.AtomicFileWrite;
import dev.drydock.core.image.scan.LayerFacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of layers already read, on disk, keyed by the layer's diff id and the analyzers that read
 * it, so re-scanning an image that shares layers reads only the new ones. Also remembers, per layer
 * blob name of an archive, which diff id its bytes had ({@link Shortcut}), so a cached layer of an
 * archive whose manifest comes last can be skipped after checking only its raw digest. Everything is
 * best effort: an unreadable or corrupt cache file counts as a miss and is written anew; a cache that
 * cannot be written does not fail a scan. File names are digests, never names from an archive.
 * For daemon images it also remembers what an export held besides its layers ({@link ExportedImage}).
 */
public final class LayerCache {

    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;

    private LayerCache(Path folder) {
        this.folder = folder;
    }

    /** No cache: every layer is read every time. */
    public static LayerCache none() {
        return new LayerCache(null);
    }

    /** A cache in {@code folder} (created when first written). */
    public static LayerCache in(Path folder) {
        return new LayerCache(folder.toAbsolutePath());
    }

    /** The cache in the user's cache folder ({@link #defaultFolder}). */
    public static LayerCache inUserCacheFolder() {
        return in(defaultFolder(HostEnvironment.current()));
    }

    /**
     * Where each system keeps a user's caches, with {@code layers} below it: {@code %LOCALAPPDATA%\Drydock\cache}
     * on Windows, {@code ~/Library/Caches/Drydock} on macOS, {@code $XDG_CACHE_HOME/drydock} (default
     * {@code ~/.cache/drydock}) elsewhere.
     */
    public static Path defaultFolder(HostEnvironment host) {
        if (host.windows()) {
            String local = host.variable("LOCALAPPDATA").orElseGet(() -> host.homePath("AppData", "Local"));
            return host.locate(host.join(local, "Drydock", "cache", "layers"));
        }
        if (host.macOs()) {
            return host.locate(host.homePath("Library", "Caches", "Drydock", "layers"));
        }
        String cacheHome = host.variable("XDG_CACHE_HOME").filter(dir -> dir.startsWith("/"))
                .orElseGet(() -> host.homePath(".cache"));
        return host.locate(host.join(cacheHome, "drydock", "layers"));
    }

    /** The cache folder; empty for {@link #none()}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The facts cached for this layer and analyzer set. */
    Optional<LayerFacts> find(String diffId, String analyzerKey) {
        if (folder == null || diffId.isEmpty()) {
            return Optional.empty();
        }
        Path file = factsFile(diffId, analyzerKey);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT || !diffId.equals(root.path("diffId").asText())
                    || !analyzerKey.equals(root.path("analyzers").asText())) {
                return Optional.empty();
            }
            LayerFacts facts = JSON.treeToValue(root.get("facts"), LayerFacts.class);
            return facts != null && diffId.equals(facts.diffId()) ? Optional.of(facts) : Optional.empty();
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    boolean has(String diffId, String analyzerKey) {
        return find(diffId, analyzerKey).isPresent();
    }

    void store(String analyzerKey, LayerFacts facts) {
        if (folder == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("diffId", facts.diffId());
        root.put("analyzers", analyzerKey);
        root.set("facts", JSON.valueToTree(facts));
        try {
            write(factsFile(facts.diffId(), analyzerKey), JSON.writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only means the layer is read again next time
        }
    }

    /** What the bytes of an archive's layer blob turned out to be when it was last read in full. */
    record Shortcut(String rawDigest, String diffId) {
    }

    Optional<Shortcut> shortcut(String archiveLayerName) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            Path file = shortcutFile(archiveLayerName);
            if (!Files.isRegularFile(file) || Files.size(file) > 1024) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length == 2 && parts[0].matches("sha256:[0-9a-f]{64}") && parts[1].matches("sha256:[0-9a-f]{64}")) {
                return Optional.of(new Shortcut(parts[0], parts[1]));
            }
        } catch (IOException | RuntimeException corrupt) {
            // a miss
        }
        return Optional.empty();
    }

    void rememberShortcut(String archiveLayerName, Shortcut shortcut) {
        if (folder == null || shortcut.rawDigest().isEmpty() || shortcut.diffId().isEmpty()) {
            return;
        }
        try {
            write(shortcutFile(archiveLayerName), (shortcut.rawDigest() + " " + shortcut.diffId() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // best effort, as above
        }
    }

    /**
     * What a daemon's export of a reference held besides its layers, when it was last read in full:
     * the image config (whose sha256 is the image id) and the repository tags its manifest gave.
     */
    record ExportedImage(byte[] config, List<String> repoTags) {
    }

    /** The export remembered for {@code reference} naming the image {@code imageId}; its config is checked against the id. */
    Optional<ExportedImage> exportedImage(String reference, String imageId) {
        if (folder == null || !imageId.matches("sha256:[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            Path file = exportFile(reference, imageId);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(file.toFile());
            byte[] config = root.path("config").binaryValue();
            if (root.path("format").asInt() != FORMAT || !reference.equals(root.path("reference").asText())
                    || config == null || !imageId.equals("sha256:" + ImageConfigReader.sha256Hex(config))) {
                return Optional.empty();
            }
            List<String> repoTags = new ArrayList<>();
            root.path("repoTags").forEach(tag -> repoTags.add(tag.asText()));
            return Optional.of(new ExportedImage(config, repoTags));
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    void rememberExportedImage(String reference, byte[] config, List<String> repoTags) {
        if (folder == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("reference", reference);
        root.set("repoTags", JSON.valueToTree(repoTags));
        root.put("config", config);
        try {
            write(exportFile(reference, "sha256:" + ImageConfigReader.sha256Hex(config)), JSON.writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            // best effort, as above
        }
    }

    /** Where entries that several analyzers read are copied briefly: inside the cache, or the system's temporary folder. */
    Path scratchFolder() {
        return folder != null ? folder.resolve("scratch")
                : Path.of(System.getProperty("java.io.tmpdir"), "drydock-scan");
    }

    private Path factsFile(String diffId, String analyzerKey) {
        return folder.resolve("facts").resolve(hash(diffId + "\n" + analyzerKey) + ".json");
    }

    private Path exportFile(String reference, String imageId) {
        return folder.resolve("daemon-images").resolve(hash(reference + "\n" + imageId) + ".json");
    }

    private Path shortcutFile(String archiveLayerName) {
        return folder.resolve("archive-layers").resolve(hash(archiveLayerName));
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            AtomicFileWrite.write(file, content);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            AtomicFileWrite.write(file, content);
        }
    }

    private static String hash(String text) {
        return ImageConfigReader.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
