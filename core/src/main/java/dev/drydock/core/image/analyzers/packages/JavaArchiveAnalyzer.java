package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.FactSink;
import dev.drydock.core.image.scan.FileAnalyzer;
import dev.drydock.core.image.scan.LayerEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Java libraries and applications: jar, war and ear files (and Jenkins' jpi/hpi), with the archives
 * nested inside them (Spring Boot's {@code BOOT-INF/lib}, a war's {@code WEB-INF/lib}, an ear's
 * modules) down to {@link JavaArchiveReader#MAX_DEPTH} levels. Read by the central directory when it fits in memory; see
 * {@link JavaArchiveReader} for how an archive is identified.
 */
public final class JavaArchiveAnalyzer implements FileAnalyzer {

    /** The smallest zip file (an empty central directory) has 22 bytes. */
    private static final long SMALLEST_ZIP = 22;

    @Override
    public String name() {
        return "java-archive";
    }

    /** 2: manifest values without their quotes. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.FILE && entry.size() >= SMALLEST_ZIP && isJavaArchive(entry.name());
    }

    @Override
    public long maxBytes() {
        return 2L * 1024 * 1024 * 1024;
    }

    @Override
    public void analyze(LayerEntry entry, InputStream content, FactSink sink) throws IOException {
        new JavaArchiveReader(sink).read(content, entry.path(), 0);
    }

    static boolean isJavaArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".war") || lower.endsWith(".ear")
                || lower.endsWith(".jpi") || lower.endsWith(".hpi");
    }
}
