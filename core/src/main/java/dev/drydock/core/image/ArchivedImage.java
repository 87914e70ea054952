package dev.drydock.core.image;

import java.time.Instant;
import java.util.List;

/**
 * One image inside an image archive.
 *
 * @param repoTags     e.g. {@code alpine:3.20}; empty when the archive names none
 * @param configDigest {@code sha256:…} of the image config, which is the image id
 * @param layerCount   the number of filesystem layers
 * @param created      when the image was built, null when the config does not say
 */
public record ArchivedImage(List<String> repoTags, String configDigest, int layerCount, String architecture,
                            String os, Instant created) {

    public ArchivedImage {
        repoTags = List.copyOf(repoTags);
    }
}
