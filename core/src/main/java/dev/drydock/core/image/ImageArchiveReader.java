package dev.drydock.core.image;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Summarises an image archive ({@code docker save} output or an OCI layout tar, plain or
 * gzip-compressed) in one streaming pass, without unpacking layers. Anything that is not a usable
 * image archive is reported as an {@link ImageArchiveException} with a message for the user.
 */
public final class ImageArchiveReader {

    private ImageArchiveReader() {
    }

    public static ImageArchiveSummary summarize(Path file) throws ImageArchiveException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw ArchiveTexts.failure("unreadable", "advice.save", source, "it is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return summarize(in, source);
        } catch (NoSuchFileException e) {
            throw ArchiveTexts.failure("unreadable", "unreadable.advice", source, "the file does not exist");
        } catch (AccessDeniedException e) {
            throw ArchiveTexts.failure("unreadable", "unreadable.advice", source, "permission denied");
        } catch (IOException e) {
            throw ArchiveTexts.failure("unreadable", "unreadable.advice", source, e.getMessage());
        }
    }

    /**
     * Summarises the archive read from {@code in} (e.g. a daemon's image export); {@code source}
     * names it in messages. Does not close {@code in}.
     */
    public static ImageArchiveSummary summarize(InputStream in, String source) throws ImageArchiveException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        boolean empty = isEmpty(buffered, source);
        ArchiveContents contents = ArchiveContents.read(decompressed(buffered, source), source);
        List<ArchivedImage> images;
        ImageArchiveFormat format;
        if (contents.has("manifest.json")) {
            format = ImageArchiveFormat.DOCKER_SAVE;
            images = DockerSaveLayout.images(contents, source);
        } else if (contents.has("index.json")) {
            format = ImageArchiveFormat.OCI_LAYOUT;
            images = OciLayout.images(contents, source);
        } else if (empty) {
            throw ArchiveTexts.failure("empty", "advice.save", source);
        } else if (contents.isEmpty()) {
            throw ArchiveTexts.failure("not-tar", "advice.save", source, "no tar entries");
        } else {
            throw ArchiveTexts.failure("no-index", "advice.save", source);
        }
        if (images.isEmpty()) {
            throw ArchiveTexts.failure("no-images", "advice.save", source);
        }
        return new ImageArchiveSummary(source, format, images);
    }

    /** Unwraps gzip; refuses other compressions by their magic bytes instead of failing as "not a tar". */
    private static boolean isEmpty(BufferedInputStream in, String source) throws ImageArchiveException {
        try {
            in.mark(1);
            boolean empty = in.read() < 0;
            in.reset();
            return empty;
        } catch (IOException e) {
            throw ArchiveTexts.failure("truncated", "advice.save", source, e.getMessage());
        }
    }

    private static InputStream decompressed(BufferedInputStream in, String source) throws ImageArchiveException {
        byte[] magic = new byte[4];
        int read;
        try {
            in.mark(magic.length);
            read = in.readNBytes(magic, 0, magic.length);
            in.reset();
            if (read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                return new GzipCompressorInputStream(in, true);
            }
        } catch (IOException e) {
            throw ArchiveTexts.failure("truncated", "advice.save", source, e.getMessage());
        }
        String other = otherCompression(magic, read);
        if (other != null) {
            throw ArchiveTexts.failure("compression", "compression.advice", source, other);
        }
        return in;
    }

    private static String otherCompression(byte[] magic, int read) {
        if (read >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5 && (magic[2] & 0xff) == 0x2f
                && (magic[3] & 0xff) == 0xfd) {
            return "zstd";
        }
        if (read >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            return "bzip2";
        }
        if (read >= 4 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X') {
            return "xz";
        }
        return null;
    }
}
