package dev.drydock.core.image.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds facts in single files of a layer while the layer streams by: first asked, from the entry
 * alone, whether it wants the content; then given the content once. Never judges (rules do that
 * later, on the assembled image). Stateless and thread-safe: one instance serves every layer.
 */
public interface FileAnalyzer {

    /** A short name for notes and the cache key ({@code dpkg}, {@code secrets}); change it when the output changes. */
    String name();

    /** The analyzer's version: part of the layer cache key, so a changed analyzer re-reads cached layers. */
    default int version() {
        return 1;
    }

    /** Whether to read this entry's content; decided from path, name, size and mode only (cheap). */
    boolean wants(LayerEntry entry);

    /**
     * Reads one file. {@code content} gives at most {@link #maxBytes()} bytes (the reader cuts longer
     * files and says so in a note); it must not be closed. Problems with the content (a corrupt
     * database) go to {@link FactSink#note}, not exceptions; an {@link IOException} is for the stream.
     */
    void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException;

    /** The most this analyzer reads of one file. */
    default long maxBytes() {
        return 64L * 1024 * 1024;
    }
}
