package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.ScannedImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-scans a daemon image without exporting it. After an export was read in full and cleanly, the
 * cache remembers what it held besides the layers: the image config and the repository tags of the
 * manifest ({@link LayerCache.ExportedImage}), keyed by the reference and the image id. The next scan
 * asks the daemon which image id the reference names now (one inspect call); when the cache holds
 * that config, whose sha256 is the id, and the facts of every layer it lists, the scan is assembled
 * from the cache exactly as the export would have been. Anything missing, changed or unreadable
 * falls back to the export.
 */
final class DaemonImageShortcut {

    private final ImageSource.DaemonImage source;
    private final LayerCache cache;
    private final String analyzerKey;

    DaemonImageShortcut(ImageSource.DaemonImage source, LayerCache cache, String analyzerKey) {
        this.source = source;
        this.cache = cache;
        this.analyzerKey = analyzerKey;
    }

    /** The scan from the cache alone, or empty when the export must be read. */
    Optional<ScannedImage> scanFromCache() {
        if (cache.folder().isEmpty()) {
            return Optional.empty();
        }
        String imageId;
        try {
            imageId = source.daemon().inspectImage(source.reference()).id();
        } catch (RuntimeException e) {
            return Optional.empty(); // the export says what is wrong, as it always did
        }
        Optional<LayerCache.ExportedImage> exported = cache.exportedImage(source.reference(), imageId);
        if (exported.isEmpty()) {
            return Optional.empty();
        }
        ImageConfigFacts config;
        try {
            config = ImageConfigReader.read(exported.get().config(), source.name(), exported.get().repoTags(),
                    source.name());
        } catch (ImageArchiveException e) {
            return Optional.empty();
        }
        List<LayerFacts> layers = new ArrayList<>();
        for (String diffId : config.diffIds()) {
            Optional<LayerFacts> facts = cache.find(diffId, analyzerKey);
            if (facts.isEmpty()) {
                return Optional.empty();
            }
            layers.add(facts.get());
        }
        return Optional.of(ImageAssembler.assemble(config, layers, List.of()));
    }

    /** Remembers the export just read when it was read in full and without a note, so that a re-scan can skip it. */
    void remember(ArchiveStreamReader.ScannedArchive archive, ScannedImage scanned) {
        List<String> diffIds = scanned.config().diffIds();
        if (!archive.notes().isEmpty() || archive.layers().size() != diffIds.size()) {
            return;
        }
        for (int i = 0; i < diffIds.size(); i++) {
            LayerRead read = archive.layers().get(i);
            if (!read.complete() || !diffIds.get(i).equals(read.facts().diffId())) {
                return;
            }
        }
        cache.rememberExportedImage(source.reference(), archive.layout().config(), archive.layout().repoTags());
    }
}
