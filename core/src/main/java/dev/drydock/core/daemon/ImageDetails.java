package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image's full inspect data in Drydock's own shape; {@link #rawJson()} is the daemon's answer
 * verbatim.
 *
 * @param layers the diff ids of the root filesystem layers, bottom first
 */
public record ImageDetails(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        Instant created,
        String author,
        String architecture,
        String os,
        long sizeBytes,
        String user,
        List<String> env,
        List<String> cmd,
        List<String> entrypoint,
        String workingDir,
        List<String> exposedPorts,
        List<String> volumes,
        Map<String, String> labels,
        List<String> healthcheck,
        List<String> layers,
        String rawJson) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        env = List.copyOf(env);
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
        labels = Map.copyOf(labels);
        healthcheck = List.copyOf(healthcheck);
        layers = List.copyOf(layers);
    }
}
