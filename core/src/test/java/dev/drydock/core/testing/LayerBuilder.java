package dev.drydock.core.testing;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One image layer, written as the uncompressed tar a {@code docker save} archive holds. Paths are
 * relative to the root ({@code bin/sh}, a leading {@code /} is dropped); missing parent folders are
 * added automatically. Owner is root unless told otherwise.
 */
public final class LayerBuilder {

    private static final Date FIXED_TIME = Date.from(Instant.parse("2024-01-01T00:00:00Z"));

    private record Entry(String path, byte type, int mode, byte[] content, String linkTarget, int uid) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> folders = new LinkedHashSet<>();

    public static LayerBuilder create() {
        return new LayerBuilder();
    }

    public LayerBuilder directory(String path, int mode) {
        String clean = clean(path);
        addParents(clean);
        if (folders.add(clean)) {
            entries.add(new Entry(clean + "/", TarConstants.LF_DIR, mode, new byte[0], null, 0));
        }
        return this;
    }

    public LayerBuilder file(String path, byte[] content, int mode) {
        return file(path, content, mode, 0);
    }

    /** A file owned by {@code uid}, e.g. to build images with files owned by a non-root user. */
    public LayerBuilder file(String path, byte[] content, int mode, int uid) {
        String clean = clean(path);
        addParents(clean);
        entries.add(new Entry(clean, TarConstants.LF_NORMAL, mode, content.clone(), null, uid));
        return this;
    }

    public LayerBuilder file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    /** A copy of a file of the test machine, e.g. the host's static {@code /bin/busybox}. */
    public LayerBuilder copyOf(String path, Path hostFile, int mode) {
        try {
            return file(path, Files.readAllBytes(hostFile), mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hostFile, e);
        }
    }

    public LayerBuilder symlink(String path, String target) {
        String clean = clean(path);
        addParents(clean);
        entries.add(new Entry(clean, TarConstants.LF_SYMLINK, 0777, new byte[0], target, 0));
        return this;
    }

    /** An overlay whiteout: the file {@code path} of a lower layer is deleted in this one. */
    public LayerBuilder whiteout(String path) {
        String clean = clean(path);
        int slash = clean.lastIndexOf('/');
        String folder = slash < 0 ? "" : clean.substring(0, slash + 1);
        return file(folder + ".wh." + clean.substring(slash + 1), new byte[0], 0644);
    }

    /** An opaque-directory marker: everything below {@code folder} in lower layers is hidden. */
    public LayerBuilder opaque(String folder) {
        return file(clean(folder) + "/.wh..wh..opq", new byte[0], 0644);
    }

    /** A hard link to {@code target} (a path of this or a lower layer). */
    public LayerBuilder hardlink(String path, String target) {
        String clean = clean(path);
        addParents(clean);
        entries.add(new Entry(clean, TarConstants.LF_LINK, 0644, new byte[0], target, 0));
        return this;
    }

    /** A file entry written under exactly this name, unchecked: for hostile names such as {@code ../escape}. */
    public LayerBuilder rawFile(String name, String content) {
        entries.add(new Entry(name, TarConstants.LF_NORMAL, 0644, content.getBytes(StandardCharsets.UTF_8), null, 0));
        return this;
    }

    /**
     * A GNU sparse file (PAX format 1.0) whose only data is {@code data} at offset 0 and whose size is
     * {@code realSize}: a tar reader that fills the holes produces {@code realSize} bytes.
     */
    public LayerBuilder sparseFile(String path, byte[] data, long realSize) {
        String clean = clean(path);
        addParents(clean);
        String pax = paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")
                + paxRecord("GNU.sparse.name", clean) + paxRecord("GNU.sparse.realsize", Long.toString(realSize));
        entries.add(new Entry("PaxHeaders/" + clean, TarConstants.LF_PAX_EXTENDED_HEADER_LC, 0644,
                pax.getBytes(StandardCharsets.UTF_8), null, 0));
        // the map: two blocks, the data at 0 and an empty one at the end (as GNU tar writes a file ending in a hole)
        byte[] map = ("2\n0\n" + data.length + "\n" + realSize + "\n0\n").getBytes(StandardCharsets.UTF_8);
        byte[] stored = new byte[512 + data.length];
        System.arraycopy(map, 0, stored, 0, map.length);
        System.arraycopy(data, 0, stored, 512, data.length);
        entries.add(new Entry(clean, TarConstants.LF_NORMAL, 0644, stored, null, 0));
        return this;
    }

    private static String paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int length = body.length() + 1;
        while (Integer.toString(length).length() + body.length() != length) {
            length++;
        }
        return length + body;
    }

    /** The layer as an uncompressed tar. */
    public byte[] toTar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry entry : entries) {
                // names as given: rawFile may write absolute or climbing names on purpose
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.path(), entry.type(), true);
                if (entry.linkTarget() != null) {
                    tarEntry.setLinkName(entry.linkTarget());
                }
                tarEntry.setMode(modeWithType(entry));
                tarEntry.setModTime(FIXED_TIME);
                tarEntry.setIds(entry.uid(), entry.uid());
                boolean content = entry.type() == TarConstants.LF_NORMAL
                        || entry.type() == TarConstants.LF_PAX_EXTENDED_HEADER_LC;
                tarEntry.setSize(content ? entry.content().length : 0);
                tar.putArchiveEntry(tarEntry);
                if (content) {
                    tar.write(entry.content());
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int modeWithType(Entry entry) {
        int type = switch (entry.type()) {
            case TarConstants.LF_DIR -> 0040000;
            case TarConstants.LF_SYMLINK -> 0120000;
            default -> 0100000;
        };
        return type | (entry.mode() & 07777);
    }

    private void addParents(String path) {
        int slash = path.indexOf('/');
        while (slash > 0) {
            String parent = path.substring(0, slash);
            if (folders.add(parent)) {
                entries.add(new Entry(parent + "/", TarConstants.LF_DIR, 0755, new byte[0], null, 0));
            }
            slash = path.indexOf('/', slash + 1);
        }
    }

    private static String clean(String path) {
        String clean = path;
        while (clean.startsWith("/")) {
            clean = clean.substring(1);
        }
        while (clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        return clean;
    }
}
