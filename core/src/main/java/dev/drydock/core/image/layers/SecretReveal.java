package dev.drydock.core.image.layers;

import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.CancelledException;
import dev.drydock.core.task.ProgressListener;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the clear text of a secret's line, on demand, from the one layer that holds it: the scan keeps
 * only masked evidence, so revealing means reading the image again. The source is read anew (a daemon
 * image through a second export); each layer blob streams by and is hashed, and reading stops as soon
 * as the layer with the wanted diff id is done. Only the wanted line is kept, in memory, and returned;
 * nothing is written anywhere. Works for a file a later layer deleted: it still ships in its layer.
 * A layer past the scan's limits (size, compression ratio) stops the reveal with an error.
 */
public final class SecretReveal {

    /** The longest line returned; longer lines are cut. */
    public static final int MAX_LINE_CHARS = 4096;
    /** How far into a file the line is looked for. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private final CancellationToken cancel;
    private final ProgressListener progress;

    private SecretReveal(ProgressListener progress, CancellationToken cancel) {
        this.cancel = cancel;
        this.progress = progress;
    }

    /**
     * The clear text of line {@code line} (1-based; 0 for the first line) of {@code path} as the layer
     * with diff id {@code layerDiffId} wrote it; empty when that layer holds no such regular file.
     *
     * @throws ImageArchiveException when the source cannot be read, or holds no layer with that diff id
     */
    public static Optional<RevealedSecret> reveal(ImageSource source, String layerDiffId, String path, int line,
                                                  ProgressListener progress, CancellationToken cancel)
            throws ImageArchiveException {
        String wanted = EntryPaths.normalise(path);
        if (wanted == null || wanted.isEmpty()) {
            return Optional.empty();
        }
        SecretReveal reveal = new SecretReveal(progress, cancel);
        progress.progress("Reading " + source.name() + " for " + wanted, -1, -1);
        if (source instanceof ImageSource.OciDirectory directory) {
            return reveal.fromFolder(directory.folder(), layerDiffId, wanted, Math.max(1, line), source.name());
        }
        // a daemon image is read from a second export, only up to the layer
        ImageSource.Archive archive = source instanceof ImageSource.DaemonImage daemon ? daemon.export()
                : (ImageSource.Archive) source;
        return reveal.fromArchive(archive, layerDiffId, wanted, Math.max(1, line));
    }

    private Optional<RevealedSecret> fromFolder(Path root, String diffId, String path, int line, String source)
            throws ImageArchiveException {
        ImageLayout layout = ImageLayout.resolve(name -> OciDirectoryReader.small(root, name), "", source);
        List<String> diffIds = ImageConfigReader.read(layout.config(), "", List.of(), source).diffIds();
        int index = diffIds.indexOf(diffId);
        if (index < 0 || index >= layout.layerNames().size()) {
            throw LayerTexts.failure("missing", source, "the layer " + diffId);
        }
        Path blob = OciDirectoryReader.inside(root, layout.layerNames().get(index));
        if (blob == null) {
            throw LayerTexts.failure("missing", source, "the layer " + layout.layerNames().get(index));
        }
        try (InputStream in = Files.newInputStream(blob)) {
            LayerLook look = look(in, path, line);
            return look.found();
        } catch (IOException e) {
            throw LayerTexts.failure("unreadable", source, AnalyzerSet.reason(e));
        }
    }

    private Optional<RevealedSecret> fromArchive(ImageSource.Archive source, String diffId, String path, int line)
            throws ImageArchiveException {
        try (InputStream raw = source.opener().open()) {
            TarArchiveInputStream archive = new TarArchiveInputStream(LayerReader.decompressed(raw));
            for (TarArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                cancel.throwIfCancelled();
                String name = EntryPaths.normalise(entry.getName());
                if (name == null || !entry.isFile() || !isLayerCandidate(name)) {
                    continue;
                }
                progress.progress("Reading layer " + name, -1, -1);
                LayerLook look = look(archive, path, line);
                if (look.diffId().equals(diffId)) {
                    return look.found();
                }
            }
        } catch (CancelledException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw LayerTexts.failure("unreadable", source.name(), "the file does not exist");
        } catch (AccessDeniedException e) {
            throw LayerTexts.failure("unreadable", source.name(), "permission denied");
        } catch (IOException | RuntimeException e) {
            throw LayerTexts.failure("unreadable", source.name(), AnalyzerSet.reason(e));
        }
        throw LayerTexts.failure("missing", source.name(), "the layer " + diffId);
    }

    private static boolean isLayerCandidate(String name) {
        return name.startsWith("blobs/") || name.endsWith(".tar") || name.endsWith(".tar.gz")
                || name.endsWith(".tar.zst");
    }

    /** Walks one layer blob to its end, hashing it, and keeps the wanted line if the layer has the file. */
    private LayerLook look(InputStream blob, String path, int line) throws IOException {
        ScanLimits limits = ScanLimits.defaults();
        DigestingInputStream raw = new DigestingInputStream(blob, cancel, Long.MAX_VALUE);
        DigestingInputStream tarBytes = new DigestingInputStream(new RatioGuard(LayerReader.decompressed(raw), raw,
                limits.maxRatio(), limits.ratioFloorBytes()), cancel, limits.maxLayerBytes());
        Optional<RevealedSecret> found = Optional.empty();
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(tarBytes);
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                cancel.throwIfCancelled();
                if (entry.isFile() && !entry.isLink() && path.equals(EntryPaths.normalise(entry.getName()))) {
                    found = Optional.of(line(tar, path, line));
                }
            }
        } catch (DigestingInputStream.LimitExceededException | RatioGuard.BombException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // Not a layer (a stray JSON blob) or a damaged one: its digest will not match what is wanted.
        }
        tarBytes.drain();
        return new LayerLook(tarBytes.digest(), found);
    }

    /** Line {@code wanted} of the file, keeping no other line. */
    private static RevealedSecret line(InputStream content, String path, int wanted) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int current = 1;
        long read = 0;
        boolean cut = false;
        byte[] buffer = new byte[8192];
        outer:
        for (int n = content.read(buffer); n > 0 && read < MAX_FILE_BYTES; n = content.read(buffer)) {
            read += n;
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (current == wanted) {
                        break outer;
                    }
                    current++;
                } else if (current == wanted) {
                    if (text.size() >= MAX_LINE_CHARS * 4) {
                        cut = true;
                        break outer;
                    }
                    text.write(b);
                }
            }
        }
        String clear = text.toString(StandardCharsets.UTF_8);
        if (clear.endsWith("\r")) {
            clear = clear.substring(0, clear.length() - 1);
        }
        if (clear.length() > MAX_LINE_CHARS) {
            clear = clear.substring(0, MAX_LINE_CHARS);
            cut = true;
        }
        return new RevealedSecret(path, wanted, clear, cut);
    }

    private record LayerLook(String diffId, Optional<RevealedSecret> found) {
    }
}
