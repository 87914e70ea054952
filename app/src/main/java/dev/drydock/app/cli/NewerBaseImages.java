package dev.drydock.app.cli;

import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.daemon.endpoint.EndpointException;
import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.image.ImageArchiveException;
import dev.drydock.core.image.inspect.ImageInspection;
import dev.drydock.core.image.layers.ImageSource;
import dev.drydock.core.image.layers.LayerCache;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.advice.BaseImageAdvice;
import dev.drydock.core.vuln.advice.SeverityCounts;
import dev.drydock.core.vuln.match.VulnerabilityMatcher;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's newer tags of the final stage's base image, each scanned and matched: what base image
 * advice compares. Drydock never pulls: only tags the daemon already has count. When the daemon cannot
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
        Map<String, SeverityCounts> counts = new LinkedHashMap<>();
        try {
            List<ImageSummary> images = root.images(daemonOptions);
            List<String> tags = images.stream().flatMap(image -> image.repoTags().stream()).toList();
            List<String> newer = BaseImageAdvice.newerLocalTags(dockerfile, tags);
            if (newer.isEmpty()) {
                return Map.of();
            }
            try (DockerDaemon daemon = root.connect(daemonOptions)) {
                for (String tag : newer) {
                    long size = images.stream().filter(image -> image.repoTags().contains(tag))
                            .mapToLong(ImageSummary::sizeBytes).findFirst().orElse(-1);
                    ImageSource source = ImageSource.daemon(daemon, tag, size);
                    counts.put(tag, SeverityCounts.of(matcher.match(new ImageInspection(LayerCache.none())
                            .inspect(source, LocalDate.now(), ProgressListener.none(), CancellationToken.none()).image())));
                }
            }
        } catch (EndpointException | DaemonAccessException | ImageArchiveException e) {
            err.println("drydock: no base image advice: could not read the daemon's newer tags of the base image ("
                    + e.getMessage() + ").");
            err.flush();
        }
        return counts;
    }
}
