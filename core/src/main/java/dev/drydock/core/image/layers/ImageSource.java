package dev.drydock.core.image.layers;

import dev.drydock.core.daemon.DockerDaemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an image to scan comes from. Every archive, including a daemon's export, is read by the
 * same streaming reader; an OCI layout folder is read file by file.
 */
public sealed interface ImageSource permits ImageSource.Archive, ImageSource.OciDirectory, ImageSource.DaemonImage {

    /** How the user named the image: the reference, or the file's name. */
    String name();

    /** An image archive that can be opened (again) as a stream: a tar file, a daemon export. */
    record Archive(String name, String wantedReference, long expectedBytes, Opener opener) implements ImageSource {
    }

    /** An OCI image layout folder (oci-layout, index.json, blobs/sha256/…). */
    record OciDirectory(Path folder) implements ImageSource {
        @Override
        public String name() {
            return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        }
    }

    /**
     * An image of a daemon, read from its {@code docker save} export: an {@link Archive} like any
     * other, except that a re-scan whose image (by id) and layers are all in the cache needs no export.
     */
    record DaemonImage(DockerDaemon daemon, String reference, long expectedBytes) implements ImageSource {
        @Override
        public String name() {
            return reference;
        }

        /** The export, read like a tarball. */
        public Archive export() {
            return new Archive(reference, reference, expectedBytes, () -> daemon.exportImage(reference));
        }
    }

    /** Opens the archive's bytes from the start. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** A {@code docker save} or OCI layout archive on disk (plain, gzip or zstd), or an OCI layout folder. */
    static ImageSource file(Path path) {
        if (Files.isDirectory(path)) {
            return new OciDirectory(path);
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new Archive(path.getFileName() == null ? path.toString() : path.getFileName().toString(), "", size,
                () -> Files.newInputStream(path));
    }

    /**
     * An image of the daemon, read from its {@code docker save} export; {@code expectedBytes} is the
     * image's size when known (for progress), else -1.
     */
    static ImageSource daemon(DockerDaemon daemon, String reference, long expectedBytes) {
        return new DaemonImage(daemon, reference, expectedBytes);
    }
}
