package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.task.CancellationToken;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an image archive ({@code docker save}, classic or OCI layout inside; plain, gzip or zstd) in
 * one pass. Small metadata files are kept; each layer blob is read by the {@link LayerReader} as it
 * streams by, keyed by its name, or skipped on a {@link LayerShortcuts} plan. Which blobs are the
 * image's layers, and in what order, is only decided at the end, once the manifest is known: in
 * {@code docker save} output it comes after the layers.
 */
final class ArchiveStreamReader {

    static final int MAX_METADATA_BYTES = 1 << 20;
    private static final long MAX_BUFFERED_BYTES = 64L << 20;
    private static final int MAX_ENTRIES = 200_000;

    private final String source;
    private final String wantedReference;
    private final LayerReader reader;
    private final LayerShortcuts shortcuts;
    private final CancellationToken cancel;
    private final ScanProgress progress;
    private final Map<String, byte[]> metadata = new HashMap<>();
    private final Map<String, LayerRead> layers = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private long buffered;
    private ImageLayout earlyLayout;
    private List<String> earlyDiffIds;

    ArchiveStreamReader(String source, String wantedReference, LayerReader reader, LayerShortcuts shortcuts,
                        CancellationToken cancel, ScanProgress progress) {
        this.source = source;
        this.wantedReference = wantedReference;
        this.reader = reader;
        this.shortcuts = shortcuts;
        this.cancel = cancel;
        this.progress = progress;
    }

    /** The chosen image's layout and its layers in order; {@link #notes()} has what went wrong on the way. */
    ScannedArchive read(InputStream archive) throws ImageArchiveException {
        TarArchiveInputStream tar;
        TarArchiveEntry entry;
        try {
            tar = new TarArchiveInputStream(LayerReader.decompressed(archive));
            entry = tar.getNextEntry();
        } catch (LayerReader.UnsupportedCompressionException e) {
            throw LayerTexts.failure("archive-compression", source, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw LayerTexts.failure("not-tar", source, AnalyzerSet.reason(e));
        }
        if (entry == null) {
            throw LayerTexts.failure("no-index", source);
        }
        int count = 0;
        try {
            while (entry != null) {
                if (++count > MAX_ENTRIES) {
                    throw LayerTexts.failure("too-many", source, MAX_ENTRIES);
                }
                cancel.throwIfCancelled();
                take(entry, tar);
                entry = tar.getNextEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw LayerTexts.failure("truncated", source, AnalyzerSet.reason(e));
        }
        if (!metadata.containsKey("manifest.json") && !metadata.containsKey("index.json") && count > 0
                && (!layers.isEmpty() || !metadata.isEmpty())) {
            throw LayerTexts.failure("truncated", source, "it ends before its manifest.json or index.json");
        }
        ImageLayout layout = ImageLayout.resolve(metadata::get, wantedReference, source);
        List<LayerRead> ordered = new ArrayList<>();
        for (String name : layout.layerNames()) {
            ordered.add(layer(name));
        }
        return new ScannedArchive(layout, ordered, notes);
    }

    private void take(TarArchiveEntry entry, TarArchiveInputStream tar) throws IOException, ImageArchiveException {
        String name = EntryPaths.normalise(entry.getName());
        if (name == null) {
            throw LayerTexts.failure("unsafe-name", source, entry.getName());
        }
        if (!entry.isFile()) {
            return;
        }
        boolean topLevel = !name.contains("/");
        boolean blob = name.startsWith("blobs/");
        boolean tarName = name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tar.zst");
        if (!blob && !tarName) {
            if (topLevel) {
                keep(name, entry, tar);
            }
            return;
        }
        BufferedInputStream content = new BufferedInputStream(tar, 8192);
        if (blob && entry.getSize() <= MAX_METADATA_BYTES && looksLikeJson(content)) {
            keep(name, entry, content);
            return;
        }
        if (layers.containsKey(name)) {
            notes.add(LayerTexts.text("duplicate-blob", name));
        }
        progress.layerStarted(name);
        layers.put(name, readLayer(name, content));
    }

    private LayerRead readLayer(String name, InputStream content) throws IOException {
        ImageLayout layout = earlyLayout();
        Optional<LayerShortcuts.Plan> plan = shortcuts.plan(name, layout, earlyDiffIds);
        if (plan.isEmpty()) {
            return reader.read(content, name);
        }
        DigestingInputStream raw = new DigestingInputStream(content, cancel, Long.MAX_VALUE);
        raw.drain();
        String rawDigest = raw.digest();
        if (!plan.get().provingDigests().contains(rawDigest)) {
            throw new LayerShortcuts.WrongShortcutException(name);
        }
        return new LayerRead(name, plan.get().facts(), rawDigest, true, true);
    }

    /** The layout if the manifest and config already came by (parsed once). */
    private ImageLayout earlyLayout() {
        if (earlyLayout == null && (metadata.containsKey("manifest.json") || metadata.containsKey("index.json"))) {
            earlyLayout = ImageLayout.find(metadata::get, wantedReference);
            if (earlyLayout != null) {
                try {
                    earlyDiffIds = ImageConfigReader.read(earlyLayout.config(), "", List.of(), source).diffIds();
                } catch (ImageArchiveException e) {
                    earlyLayout = null;
                }
            }
        }
        return earlyLayout;
    }

    private void keep(String name, TarArchiveEntry entry, InputStream content) throws IOException, ImageArchiveException {
        if (entry.getSize() > MAX_METADATA_BYTES) {
            return;
        }
        byte[] bytes = content.readNBytes(MAX_METADATA_BYTES + 1);
        buffered += bytes.length;
        if (buffered > MAX_BUFFERED_BYTES) {
            throw LayerTexts.failure("too-much-metadata", source, MAX_BUFFERED_BYTES);
        }
        metadata.put(name, bytes);
    }

    private static boolean looksLikeJson(BufferedInputStream in) throws IOException {
        in.mark(64);
        byte[] start = in.readNBytes(64);
        in.reset();
        for (byte b : start) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** A layer the manifest names: read while streaming, or a small blob kept as metadata and read now. */
    private LayerRead layer(String name) throws ImageArchiveException {
        LayerRead read = layers.get(name);
        if (read != null) {
            return read;
        }
        byte[] small = metadata.get(name);
        if (small == null) {
            throw LayerTexts.failure("missing", source, "the layer " + name);
        }
        try (InputStream in = new ByteArrayInputStream(small)) {
            read = reader.read(in, name);
        } catch (IOException e) {
            throw new IllegalStateException("reading memory cannot fail", e);
        }
        layers.put(name, read);
        return read;
    }

    /** The chosen image of an archive, with its layers read (or taken from the cache) in order. */
    record ScannedArchive(ImageLayout layout, List<LayerRead> layers, List<String> notes) {
    }
}
