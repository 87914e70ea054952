package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.lint.LocalImage;
import dev.drydock.core.lint.LocalImages;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --pin-from-daemon}: what the daemon knows about base images (tags and registry digests of
 * every local image), so that DD3007 and DD5007 can pin to the image a build uses today. When the
 * daemon cannot be reached it says so once on stderr and the lint goes on with placeholders.
 */
final class DaemonBaseImages {

    static final String UNREACHABLE = "could not ask the Docker daemon for base-image pins: ";
    static final String CONTINUING = " Base images are not pinned from the daemon; latest gets a <version> placeholder.";

    private DaemonBaseImages() {
    }

    static LocalImages ask(DrydockCommand root, DaemonOptions daemonOptions, PrintWriter err) {
        try {
            return of(root.images(daemonOptions));
        } catch (EndpointException e) {
            return unreachable(err, e.getMessage());
        } catch (DaemonAccessException e) {
            return unreachable(err, e.getMessage());
        }
    }

    static LocalImages of(List<ImageSummary> images) {
        return LocalImages.of(images.stream().map(LocalImage::of).toList());
    }

    private static LocalImages unreachable(PrintWriter err, String why) {
        err.println("drydock: " + UNREACHABLE + why + CONTINUING);
        return LocalImages.none();
    }
}
