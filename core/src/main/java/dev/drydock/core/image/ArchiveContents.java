package dev.drydock.core.image;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The small files of an image archive (manifests, indexes, configs), collected in one streaming pass
 * so that a compressed archive is read once and layers are never held in memory. Hostile archives
 * are refused: entry names that climb out of the archive, metadata files too large for any real
 * image, absurd numbers of entries.
 */
final class ArchiveContents {

    /** No real manifest, index or config comes near this. */
    static final int MAX_METADATA_BYTES = 1 << 20;
    /** Small blobs kept in total; beyond this only top-level files are kept. */
    private static final long MAX_BUFFERED_BYTES = 64L << 20;
    private static final int MAX_ENTRIES = 200_000;

    private final String source;
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, Long> skipped = new HashMap<>();
    private int entries;

    private ArchiveContents(String source) {
        this.source = source;
    }

    static ArchiveContents read(InputStream in, String source) throws ImageArchiveException {
        ArchiveContents contents = new ArchiveContents(source);
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        TarArchiveEntry entry;
        try {
            entry = tar.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw ArchiveTexts.failure("not-tar", "advice.save", source, reason(e));
        }
        try {
            while (entry != null) {
                contents.add(entry, tar);
                entry = tar.getNextEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ArchiveTexts.failure("truncated", "advice.save", source, reason(e));
        }
        return contents;
    }

    private void add(TarArchiveEntry entry, TarArchiveInputStream tar) throws IOException, ImageArchiveException {
        if (++entries > MAX_ENTRIES) {
            throw ArchiveTexts.failure("too-many", "advice.save", source, MAX_ENTRIES);
        }
        String name = safeName(entry.getName());
        if (!entry.isFile() || !worthKeeping(name)) {
            return;
        }
        long size = entry.getSize();
        if (size > MAX_METADATA_BYTES || name.startsWith("blobs/") && buffered() + size > MAX_BUFFERED_BYTES) {
            skipped.put(name, size);
            return;
        }
        files.put(name, tar.readAllBytes());
    }

    /** The entry name without {@code ./}; refuses names that are absolute or contain {@code ..}. */
    String safeName(String raw) throws ImageArchiveException {
        String name = raw.replace('\\', '/');
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        boolean climbs = name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
        if (name.startsWith("/") || climbs || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            throw ArchiveTexts.failure("unsafe-name", "unsafe-name.advice", source, raw);
        }
        return name;
    }

    /** Top-level files (manifest.json, index.json, legacy configs) and content-addressed blobs. */
    private static boolean worthKeeping(String name) {
        return !name.contains("/") || name.startsWith("blobs/");
    }

    private long buffered() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    boolean isEmpty() {
        return entries == 0;
    }

    boolean has(String name) {
        return files.containsKey(name) || skipped.containsKey(name);
    }

    /** A file the archive's own manifest or index named; it must exist and be of metadata size. */
    byte[] file(String name, String what) throws ImageArchiveException {
        String clean = safeName(name);
        byte[] content = files.get(clean);
        if (content != null) {
            return content;
        }
        Long size = skipped.get(clean);
        if (size != null) {
            throw ArchiveTexts.failure("too-large", "advice.save", source, what + " (" + clean + ")", size,
                    MAX_METADATA_BYTES);
        }
        throw ArchiveTexts.failure("missing", "advice.save", source, what + " " + clean);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
