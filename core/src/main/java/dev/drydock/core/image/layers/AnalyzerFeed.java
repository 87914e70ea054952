package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.task.CancelledException;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gives one entry's content to the analyzers that want it, never more than each one's
 * {@link FileAnalyzer#maxBytes()}. One analyzer reads straight from the layer stream; several share a
 * copy: in memory up to {@link #MEMORY_COPY_BYTES}, else a scratch file in the cache folder that is
 * deleted right after. Analyzer failures become notes; failures of the layer stream itself are rethrown.
 */
final class AnalyzerFeed {

    static final int MEMORY_COPY_BYTES = 8 << 20;

    private final Path scratchFolder;

    AnalyzerFeed(Path scratchFolder) {
        this.scratchFolder = scratchFolder;
    }

    /** How much of {@code entry} the analyzers read at most: the copy they can share. */
    static long copyBytes(LayerEntry entry, List<FileAnalyzer> analyzers) {
        return Math.min(entry.size(), analyzers.stream().mapToLong(FileAnalyzer::maxBytes).max().orElse(0));
    }

    /** Feeds the content straight from the layer stream (one analyzer) or through a copy (several). */
    void feed(LayerEntry entry, InputStream content, List<FileAnalyzer> analyzers, FactSink sink)
            throws IOException {
        noteCuts(entry, analyzers, sink);
        if (analyzers.size() == 1) {
            FileAnalyzer analyzer = analyzers.get(0);
            analyze(analyzer, entry, new WatchedStream(bounded(content, analyzer.maxBytes())), sink);
            return;
        }
        long copyBytes = copyBytes(entry, analyzers);
        if (copyBytes <= MEMORY_COPY_BYTES) {
            analyzeCopy(entry, bounded(content, copyBytes).readAllBytes(), analyzers, sink);
            return;
        }
        Files.createDirectories(scratchFolder);
        Path copy = Files.createTempFile(scratchFolder, "entry-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                bounded(content, copyBytes).transferTo(out);
            }
            for (FileAnalyzer analyzer : analyzers) {
                try (InputStream in = Files.newInputStream(copy)) {
                    analyze(analyzer, entry, new WatchedStream(bounded(in, analyzer.maxBytes())), sink);
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Feeds a copy of the content, already read from the layer ({@link #copyBytes} long, or the whole file). */
    void feedCopy(LayerEntry entry, byte[] copy, List<FileAnalyzer> analyzers, FactSink sink) throws IOException {
        noteCuts(entry, analyzers, sink);
        analyzeCopy(entry, copy, analyzers, sink);
    }

    private static void noteCuts(LayerEntry entry, List<FileAnalyzer> analyzers, FactSink sink) {
        for (FileAnalyzer analyzer : analyzers) {
            if (entry.size() > analyzer.maxBytes()) {
                sink.note(entry.path(), LayerTexts.text("cut", analyzer.name(), analyzer.maxBytes(), entry.size()));
            }
        }
    }

    private static void analyzeCopy(LayerEntry entry, byte[] copy, List<FileAnalyzer> analyzers, FactSink sink)
            throws IOException {
        for (FileAnalyzer analyzer : analyzers) {
            InputStream in = new ByteArrayInputStream(copy, 0, (int) Math.min(copy.length, analyzer.maxBytes()));
            analyze(analyzer, entry, new WatchedStream(in), sink);
        }
    }

    private static void analyze(FileAnalyzer analyzer, LayerEntry entry, WatchedStream content, FactSink sink)
            throws IOException {
        try {
            analyzer.analyze(entry, CloseShieldInputStream.wrap(content), sink);
        } catch (CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (content.failure != null) {
                throw content.failure;
            }
            sink.note(entry.path(), LayerTexts.text("analyzer-failed", analyzer.name(), AnalyzerSet.reason(e)));
        }
    }

    private static InputStream bounded(InputStream in, long max) throws IOException {
        return BoundedInputStream.builder().setInputStream(in).setMaxCount(max).setPropagateClose(false).get();
    }

    /** Remembers a failure of the stream underneath, to tell it from an analyzer's own failure. */
    private static final class WatchedStream extends InputStream {
        private final InputStream in;
        private IOException failure;

        WatchedStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
