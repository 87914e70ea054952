package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an OCI image layout folder. The index, manifest and config are read first, so a layer
 * whose diff id is in the cache is never opened at all. Files are only taken from inside the folder:
 * a link that leads out of it counts as missing.
 */
final class OciDirectoryReader {

    private final Path folder;
    private final String source;
    private final LayerReader reader;
    private final LayerCache cache;
    private final String analyzerKey;
    private final ScanProgress progress;

    OciDirectoryReader(Path folder, LayerReader reader, LayerCache cache, String analyzerKey, ScanProgress progress) {
        this.folder = folder;
        this.source = folder.toString();
        this.reader = reader;
        this.cache = cache;
        this.analyzerKey = analyzerKey;
        this.progress = progress;
    }

    ArchiveStreamReader.ScannedArchive read(String wantedReference) throws ImageArchiveException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw LayerTexts.failure("unreadable", source, AnalyzerSet.reason(e));
        }
        if (!Files.isRegularFile(root.resolve("index.json"))) {
            throw LayerTexts.failure("not-oci-dir", source);
        }
        ImageLayout layout = ImageLayout.resolve(name -> small(root, name), wantedReference, source);
        List<String> diffIds = ImageConfigReader.read(layout.config(), "", List.of(), source).diffIds();
        List<LayerRead> layers = new ArrayList<>();
        for (int i = 0; i < layout.layerNames().size(); i++) {
            String name = layout.layerNames().get(i);
            progress.layerStarted(name);
            Optional<dev.drydock.core.image.scan.LayerFacts> cached = i < diffIds.size()
                    ? cache.find(diffIds.get(i), analyzerKey) : Optional.empty();
            if (cached.isPresent()) {
                layers.add(new LayerRead(name, cached.get(), "", true, true));
                continue;
            }
            Path blob = inside(root, name);
            if (blob == null) {
                throw LayerTexts.failure("missing", source, "the layer " + name);
            }
            try (InputStream in = progress.counting(Files.newInputStream(blob))) {
                layers.add(reader.read(in, name));
            } catch (IOException e) {
                throw LayerTexts.failure("unreadable", source + "/" + name, AnalyzerSet.reason(e));
            }
        }
        return new ArchiveStreamReader.ScannedArchive(layout, layers, List.of());
    }

    /** A metadata file of the layout, or null when absent, outside the folder or too large. */
    static byte[] small(Path root, String name) {
        Path file = inside(root, name);
        try {
            if (file == null || Files.size(file) > ArchiveStreamReader.MAX_METADATA_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    static Path inside(Path root, String name) {
        String normal = EntryPaths.normalise(name);
        if (normal == null || normal.isEmpty()) {
            return null;
        }
        try {
            Path file = root.resolve(normal).toRealPath();
            return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
        } catch (IOException e) {
            return null;
        }
    }
}
