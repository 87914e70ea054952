package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageDetails;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The image a command such as {@code drydock scan} reads: a path that exists is a tarball or an OCI
 * layout folder (no daemon needed); anything else is an image of the daemon, streamed from its
 * export. Holds the daemon connection, if any, until closed.
 */
final class ImageTarget implements AutoCloseable {

    private static final String[] ARCHIVE_ENDINGS = {".tar", ".tar.gz", ".tgz", ".tar.zst", ".oci"};

    private final ImageSource source;
    private final DockerDaemon daemon;

    private ImageTarget(ImageSource source, DockerDaemon daemon) {
        this.source = source;
        this.daemon = daemon;
    }

    /**
     * Finds {@code argument} as a file first, then as an image of the daemon chosen by the options.
     *
     * @throws CliProblem when it names a file that does not exist, or an image the daemon does not have
     */
    static ImageTarget open(String argument, CliEnvironment environment, DrydockCommand root, DaemonOptions options)
            throws EndpointException {
        Path path = environment.resolve(argument);
        if (Files.exists(path)) {
            return new ImageTarget(ImageSource.file(path), null);
        }
        if (looksLikeAFile(argument)) {
            throw new CliProblem("no such file: " + argument,
                    "Give the path of a docker save tarball or an OCI layout folder, or the name of an image of the daemon.");
        }
        DockerDaemon daemon = root.connect(options);
        try {
            ImageDetails details = daemon.inspectImage(argument);
            return new ImageTarget(ImageSource.daemon(daemon, argument, details.sizeBytes()), daemon);
        } catch (DaemonAccessException e) {
            daemon.close();
            if (e.problem() == DaemonAccessException.Problem.NOT_FOUND) {
                throw new CliProblem("no image or file named " + argument,
                        "'drydock images' lists the daemon's images; a tarball or OCI folder must exist at that path.");
            }
            throw e;
        } catch (RuntimeException e) {
            daemon.close();
            throw e;
        }
    }

    /** A path the user surely meant as a file: absolute, relative with ./ or ../, or with an archive's ending. */
    static boolean looksLikeAFile(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/") || lower.startsWith("./") || lower.startsWith("../") || lower.startsWith("~")
                || lower.matches("[a-z]:\\\\.*")) {
            return true;
        }
        for (String ending : ARCHIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    ImageSource source() {
        return source;
    }

    /** The layer cache in the user's cache folder (honouring this run's {@code XDG_CACHE_HOME}), or none. */
    static LayerCache cache(CliEnvironment environment, boolean noCache) {
        if (noCache) {
            return LayerCache.none();
        }
        return LayerCache.in(LayerCache.defaultFolder(environment.host()));
    }

    @Override
    public void close() {
        if (daemon != null) {
            daemon.close();
        }
    }
}
