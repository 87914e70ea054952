package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The analyzers of one scan, and the key that says which analyzers produced a cached layer's facts. */
final class AnalyzerSet {

    /** Changes when the reader's own output (entries, notes) changes, so old cache files are not reused. */
    static final int READER_VERSION = 1;

    private final List<FileAnalyzer> analyzers;
    private final String cacheKey;

    AnalyzerSet(List<FileAnalyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
        this.cacheKey = "reader@" + READER_VERSION + ";" + this.analyzers.stream()
                .map(a -> a.name() + "@" + a.version())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(","));
    }

    /** The analyzers that want {@code entry}'s content, in the order given. */
    List<FileAnalyzer> wanting(LayerEntry entry, FactSink sink) {
        List<FileAnalyzer> wanting = new ArrayList<>(2);
        for (FileAnalyzer analyzer : analyzers) {
            try {
                if (analyzer.wants(entry)) {
                    wanting.add(analyzer);
                }
            } catch (RuntimeException e) {
                sink.note(entry.path(), LayerTexts.text("analyzer-failed", analyzer.name(), reason(e)));
            }
        }
        return wanting;
    }

    /** e.g. {@code reader@1;dpkg@1,secrets@2} */
    String cacheKey() {
        return cacheKey;
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
