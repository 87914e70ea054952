package dev.drydock.core.daemon;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One image as listed by the daemon.
 *
 * @param id          full id, {@code sha256:…}
 * @param repoTags    e.g. {@code alpine:3.20}; empty for a dangling image
 * @param repoDigests e.g. {@code alpine@sha256:…}
 * @param sizeBytes   size of the image including shared layers
 * @param containers  number of containers using it, or -1 when the daemon did not count
 */
public record ImageSummary(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        long sizeBytes,
        Instant created,
        Map<String, String> labels,
        int containers) {

    public ImageSummary {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        labels = Map.copyOf(labels);
    }

    /** An image with no tag: usually the leftover of a rebuild. */
    public boolean dangling() {
        return repoTags.isEmpty() || repoTags.stream().allMatch("<none>:<none>"::equals);
    }

    /** The first 12 hex digits of the id, as the docker CLI shows it. */
    public String shortId() {
        return DaemonIds.shortId(id);
    }
}
