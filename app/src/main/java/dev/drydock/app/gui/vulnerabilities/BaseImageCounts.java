package dev.drydock.app.gui.vulnerabilities;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.task.CancellationToken;
import dev.drydock.core.task.ProgressListener;
import dev.drydock.core.vuln.advice.SeverityCounts;

import java.util.Map;

/**
 * What base image advice compares against: the critical and high counts of the newer local tags of a
 * Dockerfile's final base image, by reference. Blocking, for worker threads.
 */
@FunctionalInterface
public interface BaseImageCounts {

    /**
     * @throws dev.drydock.core.daemon.DaemonAccessException when there is no daemon to ask (offline: no base image advice)
     */
    Map<String, SeverityCounts> of(Dockerfile dockerfile, ProgressListener progress, CancellationToken cancel) throws Exception;

    /** Offline, or in tests without a daemon: nothing to compare with. */
    static BaseImageCounts none() {
        return (dockerfile, progress, cancel) -> Map.of();
    }
}
