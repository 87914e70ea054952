package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.advice.BaseImageAdvice;
import dev.drydock.core.vuln.advice.NewerLocalBaseImages;
import dev.drydock.core.vuln.advice.SeverityCounts;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;

/**
 * The daemon's newer tags of the final stage's base image, each scanned and matched (core's
 * {@link NewerLocalBaseImages}, which the window uses too): what base image advice compares. Drydock never pulls: only tags the daemon already has count. When the daemon cannot
 * be asked, or a tag cannot be read, that is said once on stderr and the other advice stands.
 */
final class NewerBaseImages {

    private final DrydockCommand root;
    private final DaemonOptions daemonOptions;
    private final PrintWriter err;

    NewerBaseImages(DrydockCommand root, DaemonOptions daemonOptions, PrintWriter err) {
        this.root = root;
        this.daemonOptions = daemonOptions;
        this.err = err;
    }

    /** Critical and high counts of each newer local tag, by reference; empty when there is none. */
    Map<String, SeverityCounts> counts(Dockerfile dockerfile, VulnerabilityMatcher matcher) {
        if (BaseImageAdvice.baseImage(dockerfile).isEmpty()) {
            return Map.of();
        }
        NewerLocalBaseImages newer = NewerLocalBaseImages.using(new ImageInspection(LayerCache.none()), LocalDate.now(),
                (image, cancel) -> matcher.match(image));
        try (DockerDaemon daemon = root.connect(daemonOptions)) {
            return newer.counts(dockerfile, daemon, ProgressListener.none(), CancellationToken.none());
        } catch (EndpointException | DaemonAccessException | ImageArchiveException e) {
            err.println("drydock: no base image advice: could not read the daemon's newer tags of the base image ("
                    + e.getMessage() + ").");
            err.flush();
            return Map.of();
        }
    }
}
