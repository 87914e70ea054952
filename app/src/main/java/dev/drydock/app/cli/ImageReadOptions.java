package dev.drydock.app.cli;

import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.image.layers.LayerCache;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code scan} and {@code sbom} share: the image to read, and whether to use the layer cache. */
final class ImageReadOptions {

    @Parameters(index = "0", paramLabel = "IMAGE|TARBALL|OCI-DIR", descriptionKey = "scan.image")
    String image;

    @Option(names = "--no-cache")
    boolean noCache;

    /** The image, as a file when one exists at that path, else from the daemon; the caller closes it. */
    ImageTarget open(DrydockCommand root, DaemonOptions daemon) throws EndpointException {
        return ImageTarget.open(image, root.environment, root, daemon);
    }

    LayerCache cache(CliEnvironment environment) {
        return ImageTarget.cache(environment, noCache);
    }
}
