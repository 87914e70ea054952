package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads one layer blob (tar, gzip or zstd) in a single pass: walks its tar, decodes whiteouts, offers
 * each entry to the analyzers and feeds them its content, while hashing the uncompressed tar for the
 * diff id. Never holds the layer in memory and never writes it anywhere. A damaged or hostile layer
 * is read as far as it goes: the result says it is incomplete, and its notes say why.
 */
final class LayerReader {

    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    private final AnalyzerSet analyzers;
    private final AnalyzerFeed feed;
    private final ScanLimits limits;
    private final CancellationToken cancel;
    private long imageBytes;

    LayerReader(AnalyzerSet analyzers, AnalyzerFeed feed, ScanLimits limits, CancellationToken cancel) {
        this.analyzers = analyzers;
        this.feed = feed;
        this.limits = limits;
        this.cancel = cancel;
    }

    /**
     * Reads the blob {@code raw} (not closed) named {@code name} in the archive. A plain tar blob (as
     * in every {@code docker save}) is its own uncompressed layer: its bytes are hashed once, and its
     * raw digest is its diff id once it was read in full.
     */
    LayerRead read(InputStream raw, String name) {
        LayerFactsCollector sink = new LayerFactsCollector();
        BufferedInputStream peekable = new BufferedInputStream(raw, 64 * 1024);
        boolean plain;
        try {
            plain = !isCompressed(peekable);
        } catch (IOException e) {
            plain = false; // read as before, which notes the failure
        }
        DigestingInputStream rawDigest = new DigestingInputStream(peekable, cancel, Long.MAX_VALUE, !plain);
        long budget = Math.min(limits.maxLayerBytes(), Math.max(0, limits.maxImageBytes() - imageBytes));
        DigestingInputStream tarDigest = null;
        boolean complete = false;
        try {
            tarDigest = new DigestingInputStream(new RatioGuard(plain ? rawDigest : decompressed(rawDigest), rawDigest,
                    limits.maxRatio(), limits.ratioFloorBytes()), cancel, budget);
            walk(new TarArchiveInputStream(tarDigest), sink);
            tarDigest.drain();
            complete = true;
        } catch (CancelledException e) {
            throw e;
        } catch (DigestingInputStream.LimitExceededException e) {
            sink.note(LayerTexts.text("too-big", name, e.count()));
        } catch (RatioGuard.BombException e) {
            sink.note(LayerTexts.text("bomb", name, e.uncompressed(), e.compressed()));
        } catch (TooManyEntriesException e) {
            sink.note(LayerTexts.text("too-many-entries", name, limits.maxEntriesPerLayer()));
        } catch (UnsupportedCompressionException e) {
            sink.note(LayerTexts.text("compression", name, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.note(LayerTexts.text("truncated", name, AnalyzerSet.reason(e)));
        }
        try {
            rawDigest.drain();
        } catch (IOException e) {
            complete = false;
            sink.note(LayerTexts.text("truncated", name, AnalyzerSet.reason(e)));
        }
        long size = tarDigest == null ? 0 : tarDigest.count();
        imageBytes += size;
        String diffId = tarDigest == null ? "" : tarDigest.digest();
        String blobDigest = !plain ? rawDigest.digest() : complete ? diffId : "";
        return new LayerRead(name, sink.toFacts(diffId, size), blobDigest, complete, false);
    }

    private void walk(TarArchiveInputStream tar, LayerFactsCollector sink) throws IOException {
        AnalysisQueue queue = new AnalysisQueue(sink);
        try {
            walk(tar, sink, queue);
        } catch (CancelledException e) {
            queue.abandon();
            throw e;
        } finally {
            queue.finish();
        }
    }

    /**
     * Walks the tar on this thread. An entry small enough to copy is copied and analysed on a worker
     * while the walk goes on; a larger one is analysed here, from the stream. Facts reach the collector
     * in entry order either way.
     */
    private void walk(TarArchiveInputStream tar, LayerFactsCollector sink, AnalysisQueue queue) throws IOException {
        int count = 0;
        for (TarArchiveEntry tarEntry = tar.getNextEntry(); tarEntry != null; tarEntry = tar.getNextEntry()) {
            cancel.throwIfCancelled();
            if (++count > limits.maxEntriesPerLayer()) {
                throw new TooManyEntriesException();
            }
            EntryFacts facts = new EntryFacts();
            LayerEntry entry = entry(tarEntry, facts);
            if (entry == null) {
                queue.add(facts);
                continue;
            }
            sink.entries.add(entry);
            if (entry.type() == EntryType.WHITEOUT || entry.type() == EntryType.OPAQUE_DIRECTORY) {
                continue;
            }
            List<FileAnalyzer> wanting = analyzers.wanting(entry, facts);
            long copyBytes = AnalyzerFeed.copyBytes(entry, wanting);
            if (wanting.isEmpty()) {
                queue.add(facts);
            } else if (entry.type() == EntryType.FILE && copyBytes <= AnalyzerFeed.MEMORY_COPY_BYTES) {
                byte[] copy = tar.readNBytes((int) copyBytes);
                queue.submit(facts, copy.length, worker -> {
                    cancel.throwIfCancelled(); // entries queued before a cancel are dropped, not analysed
                    feed.feedCopy(entry, copy, wanting, worker);
                });
            } else {
                feed.feed(entry, entry.type() == EntryType.FILE ? tar : InputStream.nullInputStream(), wanting, facts);
                queue.add(facts);
            }
            // Sparse holes are skipped without producing them; the rest of a normal file is read for the digest.
            tar.skip(Long.MAX_VALUE);
        }
    }

    /** The entry in normal form; null for the root folder, aufs metadata and names that climb out of the image. */
    private static LayerEntry entry(TarArchiveEntry tarEntry, FactSink sink) {
        String path = EntryPaths.normalise(tarEntry.getName());
        if (path == null) {
            sink.note("", LayerTexts.text("unsafe-path", printable(tarEntry.getName())));
            return null;
        }
        if (path.isEmpty()) {
            return null;
        }
        String folder = EntryPaths.parent(path);
        String name = path.substring(folder.isEmpty() ? 0 : folder.length() + 1);
        int mode = tarEntry.getMode() & 07777;
        long uid = tarEntry.getLongUserId();
        long gid = tarEntry.getLongGroupId();
        if (name.equals(OPAQUE)) {
            return new LayerEntry(folder, EntryType.OPAQUE_DIRECTORY, 0, mode, uid, gid, "");
        }
        if (name.startsWith(WHITEOUT + WHITEOUT)) {
            return null;
        }
        if (name.startsWith(WHITEOUT)) {
            return new LayerEntry(EntryPaths.child(folder, name.substring(WHITEOUT.length())), EntryType.WHITEOUT, 0,
                    mode, uid, gid, "");
        }
        EntryType type = type(tarEntry);
        String target = tarEntry.getLinkName();
        if (type == EntryType.HARDLINK) {
            String normal = EntryPaths.normalise(target);
            if (normal == null || normal.isEmpty()) {
                sink.note("", LayerTexts.text("unsafe-link", path, printable(target)));
                return null;
            }
            target = normal;
        }
        long size = type == EntryType.FILE ? Math.max(0, tarEntry.getRealSize()) : 0;
        return new LayerEntry(path, type, size, mode, uid, gid, type == EntryType.SYMLINK || type == EntryType.HARDLINK
                ? target : "");
    }

    private static EntryType type(TarArchiveEntry entry) {
        if (entry.isDirectory()) {
            return EntryType.DIRECTORY;
        }
        if (entry.isSymbolicLink()) {
            return EntryType.SYMLINK;
        }
        if (entry.isLink()) {
            return EntryType.HARDLINK;
        }
        if (entry.isFile()) {
            return EntryType.FILE;
        }
        return EntryType.OTHER;
    }

    private static String printable(String raw) {
        String shown = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }

    /** True when the stream starts with a compression's magic bytes (read with mark and reset). */
    private static boolean isCompressed(BufferedInputStream in) throws IOException {
        byte[] magic = new byte[4];
        in.mark(magic.length);
        int read = in.readNBytes(magic, 0, magic.length);
        in.reset();
        return read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b
                || read >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5 && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd
                || read >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h'
                || read >= 4 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X';
    }

    /** Unwraps gzip or zstd by their magic bytes; other compressions are not used for image layers. */
    static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        byte[] magic = new byte[4];
        in.mark(magic.length);
        int read = in.readNBytes(magic, 0, magic.length);
        in.reset();
        if (read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
        }
        if (read >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5 && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd) {
            return new ZstdCompressorInputStream(in);
        }
        if (read >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            throw new UnsupportedCompressionException("bzip2");
        }
        if (read >= 4 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X') {
            throw new UnsupportedCompressionException("xz");
        }
        return in;
    }

    private static final class TooManyEntriesException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static final class UnsupportedCompressionException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedCompressionException(String kind) {
            super(kind);
        }
    }
}
