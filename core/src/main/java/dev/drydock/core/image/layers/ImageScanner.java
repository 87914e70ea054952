package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.ImageConfigFacts;
import dev.drydock.core.image.scan.LayerFacts;
import dev.drydock.core.image.scan.ScannedImage;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scans an image: reads every layer once through the analyzers (or takes its facts from the
 * {@link LayerCache}), then stacks the layers into a {@link ScannedImage}. The one entry point for
 * tarballs, OCI layout folders and daemon images alike.
 *
 * <p>What the cache saves depends on where the layout's manifest sits:
 * <ul>
 *   <li>OCI layout folder: cached layers are never opened.</li>
 *   <li>Archive whose manifest (and config) come before the layers: a cached layer streams by and is
 *       only hashed, never decompressed or walked.</li>
 *   <li>Archive whose manifest comes last ({@code docker save} output, also the daemon's export): a
 *       layer blob whose name an earlier scan read in full is only hashed (its raw digest proves it
 *       is the same blob); a blob never seen by name must be read in full to learn its digest.</li>
 * </ul>
 * Hashing proves every shortcut; a blob that turns out different makes the scan start over
 * without shortcuts.
 *
 * <p>A daemon image whose export was read in full before is not exported again when the daemon
 * still names the same image id and every layer is cached ({@link DaemonImageShortcut}): a
 * {@code docker save} spends most of its time preparing the archive before its first byte.
 */
public final class ImageScanner {

    private ImageScanner() {
    }

    public static ScannedImage scan(ImageSource source, List<FileAnalyzer> analyzers, LayerCache cache,
                                    ProgressListener progress, CancellationToken cancel) throws ImageArchiveException {
        return scan(source, analyzers, cache, progress, cancel, ScanLimits.defaults());
    }

    /**
     * Scans {@code source}. Fails with {@link ImageArchiveException} when the source is no readable
     * image; damaged or hostile layers are read as far as they safely go and explained in
     * {@link ScannedImage#notes()}. A daemon source may also throw {@link DaemonAccessException};
     * cancelling throws {@link dev.drydock.core.task.CancelledException}.
     */
    public static ScannedImage scan(ImageSource source, List<FileAnalyzer> analyzers, LayerCache cache,
                                    ProgressListener progress, CancellationToken cancel, ScanLimits limits)
            throws ImageArchiveException {
        AnalyzerSet set = new AnalyzerSet(analyzers);
        ArchiveStreamReader.ScannedArchive archive;
        if (source instanceof ImageSource.DaemonImage daemonImage) {
            cancel.throwIfCancelled();
            DaemonImageShortcut shortcut = new DaemonImageShortcut(daemonImage, cache, set.cacheKey());
            Optional<ScannedImage> cached = shortcut.scanFromCache();
            if (cached.isPresent()) {
                new ScanProgress(progress, source.name(), daemonImage.expectedBytes()).finished();
                return cached.get();
            }
            ImageSource.Archive export = daemonImage.export();
            try {
                archive = readArchive(export, set, cache, progress, cancel, limits, true);
            } catch (LayerShortcuts.WrongShortcutException e) {
                archive = readArchive(export, set, cache, progress, cancel, limits, false);
            }
            ScannedImage scanned = finish(export, archive, set, cache);
            shortcut.remember(archive, scanned);
            return scanned;
        }
        if (source instanceof ImageSource.OciDirectory directory) {
            ScanProgress tracker = new ScanProgress(progress, source.name(), -1);
            archive = new OciDirectoryReader(directory.folder(), reader(set, cache, limits, cancel), cache,
                    set.cacheKey(), tracker).read("");
            tracker.finished();
        } else {
            ImageSource.Archive stream = (ImageSource.Archive) source;
            try {
                archive = readArchive(stream, set, cache, progress, cancel, limits, true);
            } catch (LayerShortcuts.WrongShortcutException e) {
                archive = readArchive(stream, set, cache, progress, cancel, limits, false);
            }
        }
        return finish(source, archive, set, cache);
    }

    private static ArchiveStreamReader.ScannedArchive readArchive(ImageSource.Archive source, AnalyzerSet set,
                                                                  LayerCache cache, ProgressListener progress,
                                                                  CancellationToken cancel, ScanLimits limits,
                                                                  boolean shortcuts) throws ImageArchiveException {
        ScanProgress tracker = new ScanProgress(progress, source.name(), source.expectedBytes());
        ArchiveStreamReader reader = new ArchiveStreamReader(source.name(), source.wantedReference(),
                reader(set, cache, limits, cancel), new LayerShortcuts(cache, set.cacheKey(), shortcuts), cancel, tracker);
        try (InputStream in = source.opener().open()) {
            ArchiveStreamReader.ScannedArchive archive = reader.read(tracker.counting(in));
            tracker.finished();
            return archive;
        } catch (NoSuchFileException e) {
            throw LayerTexts.failure("unreadable", source.name(), "the file does not exist");
        } catch (AccessDeniedException e) {
            throw LayerTexts.failure("unreadable", source.name(), "permission denied");
        } catch (IOException e) {
            throw LayerTexts.failure("unreadable", source.name(), AnalyzerSet.reason(e));
        }
    }

    private static LayerReader reader(AnalyzerSet set, LayerCache cache, ScanLimits limits, CancellationToken cancel) {
        return new LayerReader(set, new AnalyzerFeed(cache.scratchFolder()), limits, cancel);
    }

    /** Checks each layer against the config's diff ids, caches what was read in full and matched, and assembles. */
    private static ScannedImage finish(ImageSource source, ArchiveStreamReader.ScannedArchive archive, AnalyzerSet set,
                                       LayerCache cache) throws ImageArchiveException {
        ImageLayout layout = archive.layout();
        ImageConfigFacts config = ImageConfigReader.read(layout.config(), source.name(), layout.repoTags(), source.name());
        List<String> notes = new ArrayList<>(archive.notes());
        List<LayerFacts> layers = new ArrayList<>();
        for (int i = 0; i < archive.layers().size(); i++) {
            LayerRead read = archive.layers().get(i);
            String expected = i < config.diffIds().size() ? config.diffIds().get(i) : "";
            String found = read.facts().diffId();
            boolean matches = expected.equals(found);
            if (!matches && read.complete()) {
                notes.add(LayerTexts.text("digest-mismatch", i, expected, found));
            }
            if (read.complete() && !read.fromCache()) {
                cache.store(set.cacheKey(), read.facts());
                if (matches) {
                    cache.rememberShortcut(read.name(), new LayerCache.Shortcut(read.rawDigest(), found));
                }
            }
            layers.add(read.facts());
        }
        return ImageAssembler.assemble(config, layers, notes);
    }
}
