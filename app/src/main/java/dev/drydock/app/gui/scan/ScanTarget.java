package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.DaemonAccess;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.image.layers.ImageSource;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the user asked to scan: an image tarball (or OCI folder) on disk, or an image of the daemon.
 * The source is opened on the worker thread, each time the scan runs, so "Scan again" reads the
 * image anew and a daemon image uses the connection of that moment.
 *
 * @param key  the same image gets the same key, so asking again shows its open scan
 * @param name how the scan's tab names the image ({@code web:1.0}, {@code image.tar})
 * @param from where it comes from, for the user ({@code tarball /home/me/image.tar}, {@code Docker daemon})
 */
public record ScanTarget(String key, String name, String from, Opener opener) {

    /** Opens the image's source; may block (daemon look-up), so it runs off the UI thread. */
    @FunctionalInterface
    public interface Opener {
        ImageSource open() throws Exception;
    }

    public ScanTarget {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(opener, "opener");
    }

    /** A {@code docker save} or OCI archive, or an OCI layout folder: read from disk, no daemon needed. */
    public static ScanTarget tarball(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        return new ScanTarget("file:" + absolute, name, "Tarball " + absolute, () -> ImageSource.file(absolute));
    }

    /** An image of the connected daemon, read from its export; its size drives the progress bar. */
    public static ScanTarget daemonImage(DaemonAccess access, ImageSummary image) {
        String reference = image.dangling() ? image.id() : image.repoTags().get(0);
        String name = image.dangling() ? image.shortId() : reference;
        return new ScanTarget("daemon:" + image.id(), name, "Docker daemon, image " + image.shortId(),
                () -> ImageSource.daemon(access.daemon(), reference, image.sizeBytes() > 0 ? image.sizeBytes() : -1));
    }
}
