package dev.drydock.core.image.scan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the image's config says (the {@code config} of the image config JSON, plus its history).
 * Empty strings and lists where the image says nothing.
 *
 * @param reference   how the user named the image ({@code web:1.0}, a tarball's file name)
 * @param healthcheck the HEALTHCHECK test ({@code ["CMD", "curl", …]}); empty when none; {@code ["NONE"]} when disabled
 * @param diffIds     the digests of the layers, lowest first
 */
public record ImageConfigFacts(String reference, String imageId, List<String> repoTags, String os, String architecture,
                               Instant created, String user, List<String> env, Map<String, String> labels,
                               List<String> exposedPorts, List<String> volumes, List<String> entrypoint,
                               List<String> cmd, String workingDir, List<String> healthcheck,
                               List<HistoryStep> history, List<String> diffIds) {

    public ImageConfigFacts {
        repoTags = List.copyOf(repoTags);
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        healthcheck = List.copyOf(healthcheck);
        history = List.copyOf(history);
        diffIds = List.copyOf(diffIds);
    }
}
